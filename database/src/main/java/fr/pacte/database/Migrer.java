package fr.pacte.database;

import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Production migration step, run before deploying a new version against the external PostgreSQL:
 * PACTE_DB_URL, PACTE_DB_USER and PACTE_DB_PASSWORD, as for the server.
 */
public final class Migrer {

    private Migrer() {
    }

    public static void main(String[] args) {
        String url = System.getenv("PACTE_DB_URL");
        if (url == null) {
            System.err.println("PACTE_DB_URL n'est pas défini (ex. jdbc:postgresql://serveur:5432/pacte).");
            System.exit(2);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(System.getenv().getOrDefault("PACTE_DB_USER", "pacte"));
        ds.setPassword(System.getenv().getOrDefault("PACTE_DB_PASSWORD", "pacte"));
        MigrateResult r = Migrations.migrate(ds);
        System.out.println("Schéma en version " + r.targetSchemaVersion + " (" + r.migrationsExecuted + " migration(s) appliquée(s)).");
    }
}
