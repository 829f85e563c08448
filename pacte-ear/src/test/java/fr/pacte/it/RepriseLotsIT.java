package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, point 1, what one node can show of it: lots of lettres de mission left by other nodes. A lot whose node
 * has been silent is taken over once by this server (its veille runs every 2 s in the tests), produced again and its
 * ZIP stored in PostgreSQL, downloadable from any node; a lot whose node is alive is never touched; a lot already
 * resumed twice fails instead of looping; a lot past its retention is deleted with its ZIP (no orphan large object).
 * Campaign 2193-2194 reserved to this class.
 */
class RepriseLotsIT extends PacteIT {

    private static final String ANNEE = "2193-2194";
    private static long mort;
    private static long vivant;
    private static long epuise;
    private static long ancien;
    private static long archiveAncienne;

    @BeforeAll
    static void lotsDAutresNoeuds() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('" + ANNEE
                    + "', '2193-09-01', '2194-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
        }
        // as the server's role: it owns the large objects it must be able to remove
        try (Connection c = BaseDeTest.dataSourceServeur().getConnection()) {
            mort = lot(c, "'EN_COURS', 'mort/00000000', now() - interval '1 hour', 0, NULL, NULL");
            vivant = lot(c, "'EN_COURS', 'vivant/00000000', now() + interval '1 day', 0, NULL, NULL");
            epuise = lot(c, "'EN_COURS', 'mort/11111111', now() - interval '1 hour', 2, NULL, NULL");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT lo_from_bytea(0, '\\x504b0506')")) {
                rs.next();
                archiveAncienne = rs.getLong(1);
            }
            ancien = lot(c, "'TERMINE', 'mort/22222222', now() - interval '40 days', 0, " + archiveAncienne
                    + ", now() - interval '40 days'");
        }
    }

    private static long lot(Connection c, String valeurs) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO mission.lot_lettres (annee_scolaire, departement_code, demandeur, cree_le, total, faites,
                                                 etat, noeud, battement, reprises, archive, termine_le)
                VALUES (?, '038', 'rectorat', now() - interval '1 hour', 10, 3, """ + valeurs + ") RETURNING id")) {
            p.setString(1, ANNEE);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aSilentNodesLotIsResumedOnceAndALiveNodesNever() throws Exception {
        attendre("SELECT etat || ' ' || reprises FROM mission.lot_lettres WHERE id = " + mort, "TERMINE 1");
        String noeud = BaseDeTest.valeur("SELECT noeud FROM mission.lot_lettres WHERE id = " + mort);
        assertNotEquals("mort/00000000", noeud);
        assertTrue(noeud.matches("[^/]+/[0-9a-f]{8}"), noeud);
        assertEquals("t", BaseDeTest.valeur("SELECT archive IS NOT NULL AND fichier IS NULL FROM mission.lot_lettres WHERE id = " + mort),
                "le ZIP est en base, pas sur le disque d'un nœud");

        HttpResponse<byte[]> zip = http().basic("rectorat", "test").getBytes("/api/lettres/lots/" + mort + "/zip");
        assertEquals(200, zip.statusCode());
        assertEquals('P', zip.body()[0]);
        assertEquals('K', zip.body()[1]);
        assertEquals(BaseDeTest.valeur("SELECT taille FROM mission.lot_lettres WHERE id = " + mort), String.valueOf(zip.body().length));

        attendre("SELECT etat FROM mission.lot_lettres WHERE id = " + epuise, "ECHEC");
        assertTrue(BaseDeTest.valeur("SELECT message FROM mission.lot_lettres WHERE id = " + epuise).startsWith("Abandonné"));
        assertEquals("EN_COURS 0 vivant/00000000", BaseDeTest.valeur(
                "SELECT etat || ' ' || reprises || ' ' || noeud FROM mission.lot_lettres WHERE id = " + vivant));
    }

    @Test
    void aLotPastItsRetentionGoesWithItsZip() throws Exception {
        attendre("SELECT count(*) FROM mission.lot_lettres WHERE id = " + ancien, "0");
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM pg_largeobject_metadata WHERE oid = " + archiveAncienne),
                "aucun objet orphelin");
    }

    @Test
    void aLotNotFinishedCannotBeDownloaded() {
        HttpResponse<String> r = http().basic("rectorat", "test").get("/api/lettres/lots/" + vivant + "/zip");
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("n'est pas terminé"), r.body());
    }

    private static void attendre(String sql, String attendu) throws InterruptedException {
        String vu = null;
        for (int i = 0; i < 120; i++) {
            vu = BaseDeTest.valeur(sql);
            if (attendu.equals(vu)) {
                return;
            }
            Thread.sleep(250);
        }
        assertEquals(attendu, vu, sql);
    }
}
