package fr.pacte.database;

import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V26 (issue 18): closing a campaign photographs the référentiel as the year had it, and the warehouse reads a closed
 * year from that snapshot; the warehouse's personnel key is an HMAC-SHA256 under a key the database does not hold.
 */
class InstantaneCampagneTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        executer("""
                INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme');
                INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                VALUES ('0260001A', 'CLG', 'Collège A', '026', 'Valence', 'PU', 'a'),
                       ('0260002B', 'ECOLE', 'École B', '026', 'Valence', 'PU', 'b');
                INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
                VALUES ('HIS0000000001', 'Mme', 'Un', 'Une', 'F', '1980-01-01', 'CERTIFIE', 'Anglais', '0260001A', 'un'),
                       ('HIS0000000002', 'M.', 'Deux', 'Jean', 'M', '1975-01-01', 'CERTIFIE', 'Documentation', '0260001A', 'deux');
                INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche, remplacant)
                VALUES ('HIS0000000003', 'M.', 'Trois', 'Tom', 'M', '1985-01-01', 'CERTIFIE', 'Anglais', '0260001A', 'trois', true);
                INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                VALUES ('2040-2041', '2040-09-01', '2041-08-31', 'OUVERTE');
                """);
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void closingPhotographsTheYearAndTheWarehouseReadsItAsItWas() throws Exception {
        assertEquals("CERTIFIE 0260001A", profil("2040-2041", "HIS0000000001"), "an open year reads today's référentiel");
        executer("UPDATE referentiel.campagne SET statut = 'CLOSE' WHERE annee_scolaire = '2040-2041'");
        executer("""
                UPDATE referentiel.personnel SET corps = 'PE', uai_affectation = '0260002B' WHERE identifiant = 'HIS0000000001';
                DELETE FROM referentiel.personnel WHERE identifiant = 'HIS0000000002';
                UPDATE referentiel.etablissement SET education_prioritaire = 'REP' WHERE uai = '0260001A';
                """);
        assertEquals("CERTIFIE 0260001A", profil("2040-2041", "HIS0000000001"), "the closed year keeps its corps and affectation");
        assertEquals("CERTIFIE 0260001A", profil("2040-2041", "HIS0000000002"), "who left is still counted in his year");
        assertEquals("", valeur("SELECT education_prioritaire FROM referentiel.etablissements_de('2040-2041') WHERE uai = '0260001A'"));
        assertEquals("3", valeur("SELECT count(*) FROM referentiel.personnels_de('2040-2041')"));
        // V35: who replaced that year is still a remplaçant in it, whatever today's référentiel says
        executer("UPDATE referentiel.personnel SET remplacant = false WHERE identifiant = 'HIS0000000003'");
        assertEquals("t", valeur("SELECT remplacant FROM referentiel.personnels_de('2040-2041') WHERE identifiant = 'HIS0000000003'"));
        assertEquals("f", valeur("SELECT remplacant FROM referentiel.personnels_de('2041-2042') WHERE identifiant = 'HIS0000000003'"));
        assertEquals("2", valeur("SELECT count(*) FROM referentiel.personnels_de('2041-2042')"),
                "a year without a snapshot reads today's référentiel");
        // closing again (a repair setting the status twice) keeps the first picture
        executer("UPDATE referentiel.campagne SET statut = 'CLOSE' WHERE annee_scolaire = '2040-2041'");
        assertEquals("CERTIFIE 0260001A", profil("2040-2041", "HIS0000000001"));
    }

    @Test
    void theDeppPopulationLeavesOutCpeDocumentalistesRemplacantsAndFirstDegree() throws Exception {
        assertEquals("ENSEIGNANT_2D", valeur("SELECT entrepot.population('CERTIFIE', 'Anglais', 'CLG', false)"));
        assertEquals("DOCUMENTALISTE", valeur("SELECT entrepot.population('CERTIFIE', 'Documentation', 'LYC', false)"));
        assertEquals("CPE", valeur("SELECT entrepot.population('CPE', '', 'LYC', false)"));
        assertEquals("ENSEIGNANT_1D", valeur("SELECT entrepot.population('CONTRACTUEL', '', 'ECOLE', false)"));
        assertEquals("ENSEIGNANT_2D", valeur("SELECT entrepot.population('CONTRACTUEL', 'Mathématiques', 'LP', false)"));
        assertEquals("ENSEIGNANT_1D", valeur("SELECT entrepot.population('PE', '', 'EREA', false)"));
        // V35: a second-degré remplaçant (TZR, contractuel remplaçant) is out of the note's population
        assertEquals("REMPLACANT_2D", valeur("SELECT entrepot.population('CERTIFIE', 'Anglais', 'CLG', true)"));
        assertEquals("REMPLACANT_2D", valeur("SELECT entrepot.population('CONTRACTUEL', 'Anglais', 'LYC', true)"));
        assertEquals("CPE", valeur("SELECT entrepot.population('CPE', '', 'LYC', true)"));
        assertEquals("ENSEIGNANT_1D", valeur("SELECT entrepot.population('PE', '', 'ECOLE', true)"));
    }

    /** RFC 2104 computed by the JDK, against the SQL function fed with the key's pads as the server sends them. */
    @Test
    void thePersonnelKeyIsAnHmacUnderAKeyTheDatabaseDoesNotHold() throws Exception {
        byte[] cle = "une clé secrète de trente-deux o".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(cle, "HmacSHA256"));
        byte[] h = mac.doFinal("2040-2041|HIS0000000001".getBytes(StandardCharsets.UTF_8));
        long attendu = ByteBuffer.wrap(h).getLong() >>> 4; // the first 60 bits
        assertEquals(attendu, cleSql(cle, "2040-2041", "HIS0000000001"));
        assertNotEquals(cleSql(cle, "2040-2041", "HIS0000000001"),
                cleSql("une autre clé secrète de 32 oct.".getBytes(StandardCharsets.UTF_8), "2040-2041", "HIS0000000001"),
                "without the key, the identifiants of the référentiel do not give the warehouse's keys");
        assertNotEquals(cleSql(cle, "2040-2041", "HIS0000000001"), cleSql(cle, "2041-2042", "HIS0000000001"),
                "a key does not link a person from one campaign to the next");
    }

    private static long cleSql(byte[] cle, String annee, String identifiant) throws Exception {
        byte[] interne = new byte[64];
        byte[] externe = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte k = i < cle.length ? cle[i] : 0;
            interne[i] = (byte) (k ^ 0x36);
            externe[i] = (byte) (k ^ 0x5c);
        }
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT entrepot.cle_personnel(?, ?, ?, ?)")) {
            ps.setString(1, annee);
            ps.setString(2, identifiant);
            ps.setBytes(3, interne);
            ps.setBytes(4, externe);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private static String profil(String annee, String identifiant) throws Exception {
        return valeur("SELECT corps || ' ' || uai_affectation FROM referentiel.personnels_de('" + annee
                + "') WHERE identifiant = '" + identifiant + "'");
    }

    private static void executer(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String valeur(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
