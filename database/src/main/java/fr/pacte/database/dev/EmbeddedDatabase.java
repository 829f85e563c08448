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
import java.util.Map;

/**
 * A real PostgreSQL server run from binaries fetched as a Maven artifact, for the run command and the tests.
 * Production points the datasource at an external server instead (PACTE_DB_URL, PACTE_DB_USER, PACTE_DB_PASSWORD).
 * Two roles, as in production: the schema's owner, who migrates and loads data, and the server's role with DML
 * rights only (granted by V12), as which WildFly connects.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "pacte";
    /** The server's role (the datasource's default in configure-server.cli). */
    public static final String USER = "pacte";
    public static final String PASSWORD = "pacte";
    /** The schema's owner: Flyway, fixtures and the demo loader connect as it. */
    public static final String OWNER = "pacte_proprietaire";
    public static final String OWNER_PASSWORD = "pacte_proprietaire";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on the given port with its data in {@code dataDirectory}.
     * With {@code keepData} the directory is reused between runs and every commit reaches the disk (fsync and
     * synchronous_commit on); otherwise it starts empty, with both off (throw-away test databases).
     */
    public static EmbeddedDatabase start(int port, Path dataDirectory, boolean keepData) throws IOException {
        return start(port, dataDirectory, keepData, Map.of());
    }

    /** @param reglages more server settings, e.g. WAL archiving ({@code ArchivageWal}) */
    public static EmbeddedDatabase start(int port, Path dataDirectory, boolean keepData, Map<String, String> reglages)
            throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        boolean existing = keepData && Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        reglages.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder
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
            creerRole(s, OWNER, OWNER_PASSWORD);
            creerRole(s, USER, PASSWORD);
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Impossible de créer la base " + DATABASE + " : " + e.getMessage(), e);
        }
    }

    private static void creerRole(Statement s, String role, String motDePasse) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!rs.next()) {
                s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + motDePasse + "'");
            }
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** As the schema's owner: migrations, fixtures, the demo loader. */
    public DataSource dataSource() {
        return dataSource(OWNER, OWNER_PASSWORD);
    }

    /** As the server's role, with DML rights only: what the application can and cannot do. */
    public DataSource dataSourceServeur() {
        return dataSource(USER, PASSWORD);
    }

    /** As the superuser, on the application database: for tests that must go around the triggers. */
    public DataSource dataSourceSuperutilisateur() {
        return postgres.getDatabase("postgres", DATABASE);
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl());
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
