package fr.pacte.database.dev;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;


/** The external PostgreSQL given by PACTE_DB_URL, PACTE_DB_USER and PACTE_DB_PASSWORD (as for the server). */
final class BaseExterne {

    private BaseExterne() {
    }

    static DataSource depuisEnvironnement() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getenv("PACTE_DB_URL"));
        ds.setUser(System.getenv().getOrDefault("PACTE_DB_USER", "pacte"));
        ds.setPassword(System.getenv().getOrDefault("PACTE_DB_PASSWORD", "pacte"));
        return ds;
    }
}
