package fr.pacte.database.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server run from binaries fetched as a Maven artifact, for the run command and the tests.
 * Production points the datasource at an external server instead (PACTE_DB_URL, PACTE_DB_USER, PACTE_DB_PASSWORD).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "pacte";
    public static final String USER = "pacte";
    public static final String PASSWORD = "pacte";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on the given port with its data in {@code dataDirectory}.
     * With {@code keepData} the directory is reused between runs, otherwise it starts empty.
     */
    public static EmbeddedDatabase start(int port, Path dataDirectory, boolean keepData) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        boolean existing = keepData && Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "120")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", keepData ? "on" : "off")
                .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
        if (!existing) {
            database.createApplicationDatabase();
        }
        return database;
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Impossible de créer la base " + DATABASE + " : " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl());
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        return ds;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
