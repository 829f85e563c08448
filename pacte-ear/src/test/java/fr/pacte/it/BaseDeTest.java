package fr.pacte.it;

import fr.pacte.database.Migrations;
import fr.pacte.database.demo.DemoAcademie;
import fr.pacte.database.demo.Taille;
import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Starts the embedded PostgreSQL once for the whole test run, before Arquillian boots WildFly, and loads the
 * known fixture (or, for the benchmark, the demo académie with 1 500 établissements). The port comes from the build
 * (PACTE_DB_PORT), which the managed WildFly inherits too.
 */
public class BaseDeTest implements LauncherSessionListener {

    /** Data set of the benchmark (profile bench): the demo académie at the size of a large real one. */
    static final String ACADEMIE_1500 = "academie-1500";

    /** Each module's own additions to the fixture, loaded after fixture.sql in this order when present. */
    private static final String[] FIXTURES_DES_MODULES = {
        "/fixture-lettres.sql", "/fixture-lettres-textes.sql", "/fixture-suivi.sql", "/fixture-paiements.sql", "/fixture-entrepot.sql"};

    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getenv("PACTE_DB_PORT");
        if (port == null || database != null) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("pacte.it.dir", "target/it")).resolve("pgdata");
            database = EmbeddedDatabase.start(Integer.parseInt(port), dir, false);
            Migrations.migrate(database.dataSource());
            if (ACADEMIE_1500.equals(System.getProperty("pacte.it.jeu"))) {
                DemoAcademie.charger(database.dataSource(), new Taille(1500, 60_000));
            } else {
                executer(database.dataSource(), "/fixture.sql");
                for (String module : FIXTURES_DES_MODULES) {
                    if (BaseDeTest.class.getResource(module) != null) {
                        executer(database.dataSource(), module);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database = null;
        }
    }

    /** As the schema's owner (the fixtures' role): to set up and read a test's data. */
    public static DataSource dataSource() {
        return base().dataSource();
    }

    /**
     * As the server's role (WildFly's datasource user, DML rights only): to check what the application itself can
     * and cannot do in PostgreSQL, e.g. that an UPDATE of a sent instalment or a DISABLE TRIGGER is refused.
     */
    public static DataSource dataSourceServeur() {
        return base().dataSourceServeur();
    }

    /**
     * Runs statements as the superuser with every trigger off (session_replication_role = replica): only for a test
     * that must remove rows the immutability triggers protect (its own journal lines, letters of a benchmark).
     */
    public static void executerSansDeclencheurs(String sql) {
        try (Connection c = base().dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " : " + e.getMessage(), e);
        }
    }

    /** As the superuser: for what no application role may do (the SSO test's own database for its OpenID provider). */
    static DataSource dataSourceSuperutilisateur() {
        return base().dataSourceSuperutilisateur();
    }

    private static EmbeddedDatabase base() {
        if (database == null) {
            throw new IllegalStateException("La base de test n'est pas démarrée (PACTE_DB_PORT absent ?)");
        }
        return database;
    }

    /** First column of the first row of a query on the test database, as text. */
    public static String valeur(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " : " + e.getMessage(), e);
        }
    }

    private static void executer(DataSource ds, String ressource) throws IOException {
        try (InputStream in = BaseDeTest.class.getResourceAsStream(ressource);
             Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new IOException("Fixture " + ressource + " : " + e.getMessage(), e);
        }
    }
}
