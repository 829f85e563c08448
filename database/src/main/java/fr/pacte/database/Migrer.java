package fr.pacte.database;

import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/**
 * Production migration step, run before deploying a new version against the external PostgreSQL: PACTE_DB_URL as
 * for the server, connected as the schema's owner (PACTE_DB_MIGRATION_USER, PACTE_DB_MIGRATION_PASSWORD); the
 * server's role PACTE_DB_USER gets its DML rights from the migrations.
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
        MigrateResult r = Migrations.migrate(proprietaire(url));
        System.out.println("Schéma en version " + r.targetSchemaVersion + " (" + r.migrationsExecuted + " migration(s) appliquée(s)).");
    }

    /**
     * The schema's owner on the external server: PACTE_DB_MIGRATION_USER (pacte_proprietaire by default) and
     * PACTE_DB_MIGRATION_PASSWORD, which has no default outside the embedded database (issue 16).
     */
    public static DataSource proprietaire(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(System.getenv().getOrDefault("PACTE_DB_MIGRATION_USER", "pacte_proprietaire"));
        String motDePasse = System.getenv("PACTE_DB_MIGRATION_PASSWORD");
        if (motDePasse == null || motDePasse.isEmpty()) {
            throw new IllegalStateException("PACTE_DB_MIGRATION_PASSWORD manquant : le mot de passe du propriétaire du"
                    + " schéma sur la base externe n'a pas de valeur par défaut.");
        }
        ds.setPassword(motDePasse);
        return ds;
    }
}
