package fr.pacte.database.dev;

import fr.pacte.database.Migrer;

import javax.sql.DataSource;


/**
 * The external PostgreSQL given by PACTE_DB_URL: the run command migrates and loads the demo as the schema's owner
 * (PACTE_DB_MIGRATION_USER / PASSWORD, as the production step), the server connects as PACTE_DB_USER.
 */
final class BaseExterne {

    private BaseExterne() {
    }

    static DataSource depuisEnvironnement() {
        return Migrer.proprietaire(System.getenv("PACTE_DB_URL"));
    }
}
