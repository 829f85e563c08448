package fr.pacte.database;

import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The third path that writes a snapshot (V26): a year already closed when V26 runs is photographed by the migration
 * itself (the other two — the status set by SQL, the rectorat's closing over the API — are InstantaneCampagneTest and
 * HistoireEntrepotIT). And the warehouse rows keyed by the old unkeyed MD5 are gone.
 */
class InstantaneMigrationTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void migrerAvecUneAnneeDejaClose() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource(), "pacte", "25");
        executer("""
                INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme');
                INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                VALUES ('0260001A', 'CLG', 'Collège A', '026', 'Valence', 'PU', 'a');
                INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
                VALUES ('MIG0000000001', 'Mme', 'Un', 'Une', 'F', '1980-01-01', 'CERTIFIE', 'Anglais', '0260001A', 'un');
                INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                VALUES ('2038-2039', '2038-09-01', '2039-08-31', 'CLOSE'), ('2039-2040', '2039-09-01', '2040-08-31', 'OUVERTE');
                INSERT INTO entrepot.dim_campagne (annee_scolaire, annee_debut, date_debut, date_fin, montant_part)
                VALUES ('2038-2039', 2038, '2038-09-01', '2039-08-31', 1250);
                INSERT INTO entrepot.dim_personnel (annee_scolaire, personnel_cle, departement_code, uai, sexe, tranche_age, corps, discipline)
                VALUES ('2038-2039', entrepot.cle_personnel('2038-2039', 'MIG0000000001'), '026', '0260001A', 'F', '50 à 59 ans', 'CERTIFIE', 'Anglais');
                """);
        Migrations.migrate(database.dataSource(), "pacte");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void aYearClosedBeforeV26IsPhotographedByTheMigration() throws Exception {
        assertEquals("1 1", valeur("SELECT personnels || ' ' || etablissements FROM referentiel.instantane_campagne"
                + " WHERE annee_scolaire = '2038-2039'"));
        assertEquals("0", valeur("SELECT count(*) FROM referentiel.instantane_campagne WHERE annee_scolaire = '2039-2040'"),
                "an open year is not photographed");
        executer("UPDATE referentiel.personnel SET corps = 'AGREGE' WHERE identifiant = 'MIG0000000001'");
        assertEquals("CERTIFIE", valeur("SELECT corps FROM referentiel.personnels_de('2038-2039')"));
        assertEquals("AGREGE", valeur("SELECT corps FROM referentiel.personnels_de('2039-2040')"));
    }

    /** V35: a snapshot taken before the flag existed reads « not a remplaçant », and keeps it whatever happens after. */
    @Test
    void aSnapshotTakenBeforeV35HasNoRemplacant() throws Exception {
        executer("UPDATE referentiel.personnel SET remplacant = true WHERE identifiant = 'MIG0000000001'");
        assertEquals("f", valeur("SELECT remplacant FROM referentiel.personnels_de('2038-2039')"));
        assertEquals("t", valeur("SELECT remplacant FROM referentiel.personnels_de('2039-2040')"));
        executer("UPDATE referentiel.personnel SET remplacant = false WHERE identifiant = 'MIG0000000001'");
    }

    @Test
    void theWarehouseKeyedByTheUnkeyedHashIsEmptied() throws Exception {
        assertEquals("0 0", valeur("SELECT (SELECT count(*) FROM entrepot.dim_campagne) || ' ' || "
                + "(SELECT count(*) FROM entrepot.dim_personnel)"));
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
