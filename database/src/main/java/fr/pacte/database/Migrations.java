package fr.pacte.database;

import fr.pacte.database.migration.V2__Donnees_de_reference;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Single entry point to the schema migrations, used by the application at deployment,
 * by the run launcher and by the test harness, so all three see the same schema.
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * Migrates as the connection's user, who owns the schema; the server's role (granted DML rights only, V12) is
     * PACTE_DB_USER, the datasource's user, {@code pacte} by default.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        return migrate(dataSource, System.getenv().getOrDefault("PACTE_DB_USER", "pacte"));
    }

    public static MigrateResult migrate(DataSource dataSource, String roleServeur) {
        return migrate(dataSource, roleServeur, "latest");
    }

    /** Up to a version only ({@code "latest"}: all): tests of a migration on the data an earlier version left. */
    public static MigrateResult migrate(DataSource dataSource, String roleServeur, String cible) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .target(cible)
                .placeholders(Map.of("role_serveur", roleServeur))
                .locations("classpath:db/migration")
                // Java migrations are listed, not scanned: scanning classes is unreliable inside WildFly's VFS
                .javaMigrations(new V2__Donnees_de_reference())
                .defaultSchema("public")
                .table("flyway_schema_history")
                .load()
                .migrate();
    }
}
