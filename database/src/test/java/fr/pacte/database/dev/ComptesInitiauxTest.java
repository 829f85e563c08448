package fr.pacte.database.dev;

import fr.pacte.database.Migrations;
import fr.pacte.database.demo.CompteDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mindrot.jbcrypt.BCrypt;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 3: an empty académie has no account — no migration creates one, and no password is shared — until
 * the documented command ({@code -Dpacte.vide=true}) creates the first rectorat account with a random password,
 * valid once (provisional), printed and stored only as its bcrypt hash.
 */
class ComptesInitiauxTest {

    private static EmbeddedDatabase base;

    @BeforeAll
    static void demarrer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = EmbeddedDatabase.start(port, Files.createTempDirectory("pacte-comptes-").resolve("data"), false);
        Migrations.migrate(base.dataSource());
    }

    @AfterAll
    static void arreter() throws Exception {
        base.close();
    }

    @Test
    void uneAcademieVideNAAucunCompteJusquALaCommandeQuiCreeLePremierAvecUnMotDePasseProvisoire() throws Exception {
        assertEquals("0", valeur("SELECT count(*) FROM securite.compte"));

        CompteDemo premier = ComptesInitiaux.creerRectorat(base.dataSource());
        assertEquals("rectorat", premier.login());
        assertNotEquals("pacte2025", premier.motDePasse());
        assertTrue(premier.motDePasse().matches("[a-zA-Z2-9]{8}-[a-zA-Z2-9]{8}"), premier.motDePasse());
        assertEquals("RECTORAT true", valeur("SELECT role || ' ' || mot_de_passe_provisoire FROM securite.compte"));
        String hash = valeur("SELECT mot_de_passe FROM securite.compte WHERE login = 'rectorat'");
        assertTrue(BCrypt.checkpw(premier.motDePasse(), hash), "seul le hachage est gardé");

        assertNull(ComptesInitiaux.creerRectorat(base.dataSource()), "un second appel ne crée rien");
        assertNotEquals(ComptesInitiaux.provisoire(), ComptesInitiaux.provisoire());
    }

    private static String valeur(String sql) throws Exception {
        try (Connection c = base.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
