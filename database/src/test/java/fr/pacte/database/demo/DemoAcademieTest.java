package fr.pacte.database.demo;

import fr.pacte.database.Migrations;
import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mindrot.jbcrypt.BCrypt;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoAcademieTest {

    private static EmbeddedDatabase premiere;
    private static EmbeddedDatabase seconde;
    private static Resultat resultat;

    @BeforeAll
    static void chargerDeuxFois() throws Exception {
        premiere = demarrer();
        seconde = demarrer();
        assertTrue(DemoAcademie.estVide(premiere.dataSource()));
        resultat = DemoAcademie.charger(premiere.dataSource(), Taille.DEMO);
        System.out.println("Académie de démonstration chargée en " + resultat.duree().toMillis() + " ms");
        DemoAcademie.charger(seconde.dataSource(), Taille.DEMO);
    }

    private static EmbeddedDatabase demarrer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedDatabase base = EmbeddedDatabase.start(port,
                Files.createTempDirectory("pacte-demo-").resolve("data"), false);
        Migrations.migrate(base.dataSource());
        return base;
    }

    @AfterAll
    static void arreter() throws Exception {
        if (premiere != null) {
            premiere.close();
        }
        if (seconde != null) {
            seconde.close();
        }
    }

    @Test
    void lesDotationsDeDemonstrationRespectentLAllocation() throws Exception {
        // 2024-2025: every établissement with staff got an envelope, consumption between 40 and 100 %
        assertEquals(entier("SELECT count(DISTINCT uai_affectation) FROM referentiel.personnel"),
                entier("SELECT count(*) FROM dotation.enveloppe WHERE annee_scolaire = '2024-2025'"));
        assertTrue(vrai("SELECT bool_and(parts_consommees BETWEEN floor(parts * 0.4) AND parts AND imp_consommes <= imp)"
                + " FROM dotation.enveloppe WHERE annee_scolaire = '2024-2025'"));
        assertEquals(0, entier("SELECT count(*) FROM dotation.enveloppe WHERE annee_scolaire = '2024-2025'"
                + " AND uai IN (SELECT uai FROM referentiel.etablissement WHERE nature = 'ECOLE') AND imp > 0"));
        assertTrue(vrai("SELECT bool_and(distribue = alloue) FROM dotation.allocation_etat WHERE annee_scolaire = '2024-2025'"));
        // 2025-2026: allocation 5 % higher, only the reserves distributed so far
        assertTrue(vrai("SELECT bool_and(n.alloue > p.alloue AND n.distribue < n.alloue) FROM dotation.allocation_etat n"
                + " JOIN dotation.allocation p ON p.ligne = n.ligne AND p.annee_scolaire = '2024-2025'"
                + " WHERE n.annee_scolaire = '2025-2026'"));
        assertEquals(5, entier("SELECT count(*) FROM dotation.reserve WHERE annee_scolaire = '2025-2026'"));
    }

    /** The four missions of the suivi's demo are told from the letters' and the payments' by when they were created. */
    private static final String SUIVI = "TIMESTAMPTZ '2024-09-27 10:00+02'";

    @Test
    void leSuiviDeDemonstrationMontreVolontairesConseilsHeuresEtRedeploiement() throws Exception {
        assertEquals(16, entier("SELECT count(*) FROM mission.volontaire WHERE annee_scolaire = '2025-2026'"));
        // every mission of the demo goes to a declared volunteer (seed 002 « sur la base du volontariat »)
        assertEquals(0, entier("""
                SELECT count(*) FROM mission.attribution a WHERE NOT EXISTS (SELECT 1 FROM mission.volontaire v
                 WHERE v.annee_scolaire = a.annee_scolaire AND v.uai = a.uai AND v.identifiant = a.identifiant)"""));
        assertEquals(2, entier("SELECT count(*) FROM mission.conseils WHERE annee_scolaire = '2025-2026'"));
        assertEquals(4, entier("SELECT count(*) FROM mission.attribution WHERE annee_scolaire = '2024-2025'"
                + " AND creee_le = " + SUIVI));
        // the 6 h redeployed leave the options with 18 h and give the groupes réduits 30 h; parts stay at 1
        assertEquals(18, entier("SELECT heures::int FROM mission.attribution WHERE code_mission = 'LP-OPTIONS' AND creee_le = " + SUIVI));
        assertEquals(30, entier("SELECT heures::int FROM mission.attribution WHERE code_mission = 'LP-GROUPES-REDUITS' AND creee_le = " + SUIVI));
        assertEquals(12, entier("SELECT h.heures_faites::int FROM mission.suivi_heures h JOIN mission.attribution a"
                + " ON a.id = h.attribution_id WHERE a.code_mission = 'LP-RCD'"));
        assertEquals(2, entier("SELECT count(*) FROM mission.bilan"));
    }

    @Test
    void lesMissionsPayeesDe2024RepondentALaConsommationDesEnveloppes() throws Exception {
        // per envelope, the generated missions take what the letters' and the suivi's missions leave of the consumption
        assertEquals(0, entier("""
                SELECT count(*) FROM dotation.enveloppe e
                  LEFT JOIN LATERAL (SELECT coalesce(sum(a.parts) FILTER (WHERE a.creee_par = 'demo'), 0) AS parts_demo,
                                            coalesce(sum(a.parts) FILTER (WHERE a.creee_par <> 'demo'), 0) AS parts_autres,
                                            count(*) FILTER (WHERE a.creee_par = 'demo' AND a.dispositif = 'IMP') AS imp_demo,
                                            coalesce(sum(a.unites_imp) FILTER (WHERE a.creee_par <> 'demo' AND a.modalite <> 'DECHARGE'), 0) AS imp_autres
                                       FROM mission.attribution a
                                      WHERE a.annee_scolaire = e.annee_scolaire AND a.uai = e.uai AND NOT a.annulee) x ON true
                 WHERE e.annee_scolaire = '2024-2025'
                   AND (x.parts_demo <> greatest(0, floor(e.parts_consommees - x.parts_autres))
                        OR x.imp_demo <> greatest(0, floor(e.imp_consommes - x.imp_autres)))"""));
        assertEquals(entier("SELECT sum(floor(parts_consommees))::bigint FROM dotation.enveloppe WHERE annee_scolaire = '2024-2025'"),
                entier("SELECT sum(parts)::bigint FROM mission.attribution WHERE annee_scolaire = '2024-2025' AND NOT annulee"));
        assertEquals(0, entier("SELECT count(*) FROM mission.attribution a JOIN referentiel.personnel p USING (identifiant)"
                + " WHERE a.annee_scolaire = '2024-2025' AND p.uai_affectation <> a.uai"));
    }

    @Test
    void lAcademieCouvreToutesLesNaturesEtTousLesDepartements() throws Exception {
        assertEquals(5, resultat.departements());
        assertEquals(2, resultat.campagnes());
        assertEquals(20_000, resultat.personnels());
        assertTrue(resultat.etablissements() >= 300);
        assertEquals(resultat.etablissements(), entier("SELECT count(*) FROM referentiel.etablissement"));
        assertEquals(6, entier("SELECT count(DISTINCT nature) FROM referentiel.etablissement"));
        assertEquals(5, entier("SELECT count(DISTINCT departement_code) FROM referentiel.etablissement"));
        assertEquals(20_000, entier("SELECT count(*) FROM referentiel.personnel"));
        assertEquals(1, entier("SELECT count(*) FROM referentiel.academie WHERE code = 'GRENOBLE'"));
        assertEquals(1, entier("SELECT count(*) FROM referentiel.campagne WHERE annee_scolaire = '2025-2026'"
                + " AND statut = 'OUVERTE' AND montant_part = 1250"));
        // éducation prioritaire only on public écoles and collèges, privé about 15 %
        assertEquals(0, entier("SELECT count(*) FROM referentiel.etablissement WHERE education_prioritaire <> ''"
                + " AND (secteur = 'PR' OR nature NOT IN ('ECOLE', 'CLG'))"));
        assertTrue(vrai("SELECT count(*) FILTER (WHERE secteur = 'PR') * 100 / count(*) BETWEEN 10 AND 20"
                + " FROM referentiel.etablissement"));
        assertTrue(vrai("SELECT 0 < count(*) FILTER (WHERE education_prioritaire = 'REP+')"
                + " AND count(*) FILTER (WHERE education_prioritaire = 'REP+')"
                + " < count(*) FILTER (WHERE education_prioritaire = 'REP') FROM referentiel.etablissement"));
    }

    @Test
    void chaqueUaiPorteSaBonneLettreCle() throws Exception {
        assertEquals(0, entier("SELECT count(*) FROM referentiel.etablissement WHERE substr(uai, 8, 1)"
                + " <> substr('ABCDEFGHJKLMNPRSTUVWXYZ', substr(uai, 1, 7)::int % 23 + 1, 1)"));
        for (String uai : textes("SELECT uai FROM referentiel.etablissement")) {
            assertTrue(Uai.valide(uai), uai);
        }
    }

    @Test
    void lesPersonnelsSontVraisemblables() throws Exception {
        assertEquals(0, entier("SELECT count(*) FROM referentiel.personnel"
                + " WHERE date_part('year', age(date '2025-09-01', date_naissance)) NOT BETWEEN 18 AND 75"));
        assertEquals(0, entier("SELECT count(*) FROM referentiel.personnel"
                + " WHERE (sexe = 'F') <> (civilite = 'Mme') OR identifiant !~ '^[0-9A-Z]{13}$'"));
        assertEquals(0, entier("SELECT count(*) FROM referentiel.personnel p JOIN referentiel.etablissement e"
                + " ON e.uai = p.uai_affectation WHERE (p.corps = 'PE' AND e.nature NOT IN ('ECOLE', 'EREA'))"
                + " OR (e.nature = 'ECOLE' AND p.corps NOT IN ('PE', 'CONTRACTUEL'))"
                + " OR (p.corps IN ('PE', 'PSYEN') AND p.discipline <> '')"
                + " OR (p.corps = 'PEPS' AND p.discipline <> 'EPS')"
                + " OR (p.corps = 'CPE' AND p.discipline <> 'Éducation')"));
        assertTrue(vrai("SELECT count(*) FILTER (WHERE p.sexe = 'F') * 100 / count(*) BETWEEN 65 AND 75"
                + " FROM referentiel.personnel p JOIN referentiel.etablissement e ON e.uai = p.uai_affectation"
                + " WHERE e.nature <> 'ECOLE'"));
        List<String> noms = textes("SELECT nom FROM referentiel.personnel");
        assertTrue(noms.stream().anyMatch(n -> n.contains("'")), "apostrophe");
        assertTrue(noms.stream().anyMatch(n -> n.contains("-")), "trait d'union");
        assertTrue(noms.stream().anyMatch(n -> n.chars().anyMatch(c -> c > 127)), "accent");
        assertEquals(0, entier("SELECT count(*) FROM referentiel.personnel WHERE recherche <> lower(recherche)"
                + " OR recherche NOT LIKE '%' || lower(identifiant)"));
    }

    @Test
    void deuxChargementsDonnentExactementLesMemesDonnees() throws Exception {
        for (String table : List.of("etablissement", "personnel", "departement", "campagne", "academie")) {
            String sql = "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM referentiel." + table + " t";
            assertEquals(texte(premiere.dataSource(), sql), texte(seconde.dataSource(), sql), table);
        }
    }

    @Test
    void uneAcademieNonVideEstRefusee() throws Exception {
        assertFalse(DemoAcademie.estVide(premiere.dataSource()));
        IllegalStateException refus = assertThrows(IllegalStateException.class,
                () -> DemoAcademie.charger(premiere.dataSource(), Taille.DEMO));
        assertTrue(refus.getMessage().contains("déjà des établissements"), refus.getMessage());
        assertEquals(20_000, entier("SELECT count(*) FROM referentiel.personnel"));
    }

    @Test
    void lesComptesSeConnectentAvecLeMotDePasseDeDemonstration() throws Exception {
        assertEquals(9, resultat.comptes().size());
        for (CompteDemo compte : resultat.comptes()) {
            String hash = texte(premiere.dataSource(), "SELECT mot_de_passe FROM securite.compte WHERE login = '"
                    + compte.login() + "'");
            assertTrue(BCrypt.checkpw("pacte2025", hash), compte.login());
            assertEquals("pacte2025", compte.motDePasse());
        }
        // issue 15: the IEN sees the écoles of his circonscription; the second degré carries none
        assertTrue(entier("SELECT count(*) FROM securite.compte c JOIN referentiel.etablissement e"
                + " ON e.circonscription_code = c.circonscription_code WHERE c.login = 'ien.038c1' AND c.role = 'IEN'"
                + " AND e.nature = 'ECOLE' AND e.departement_code = '038'") > 0);
        assertEquals(0, entier("SELECT count(*) FROM referentiel.etablissement WHERE nature = 'ECOLE'"
                + " AND circonscription_code IS NULL"));
        assertEquals(3, entier("SELECT count(*) FROM securite.compte WHERE role = 'DASEN'"
                + " AND login = 'dasen.' || departement_code AND departement_code IN ('038', '073', '074')"));
        assertEquals(1, entier("SELECT count(*) FROM securite.compte c JOIN referentiel.etablissement e ON e.uai = c.uai"
                + " WHERE c.login = 'chef.' || lower(e.uai) AND e.nature = 'LP' AND e.departement_code = '038' AND e.secteur = 'PU'"));
        assertEquals(1, entier("SELECT count(*) FROM securite.compte c JOIN referentiel.etablissement e ON e.uai = c.uai"
                + " WHERE c.nom_affiche LIKE 'Principale du collège %' AND e.nature = 'CLG' AND e.departement_code = '073'"
                + " AND e.secteur = 'PU' AND e.education_prioritaire = 'REP+'"));
    }

    @Test
    void leLyceeProfessionnelDuCompteChefADesLettresSigneesEtAcceptees() throws Exception {
        assertEquals("[ACCEPTEE, ACCEPTEE, SIGNEE, SIGNEE]", textes("SELECT l.etat FROM mission.lettre l"
                + " JOIN securite.compte c ON c.uai = l.uai AND c.role = 'CHEF_ETABLISSEMENT' ORDER BY l.etat").toString());
        assertEquals(1, entier("SELECT count(*) FROM securite.compte c JOIN mission.lettre l ON l.identifiant = c.identifiant"
                + " WHERE c.role = 'PERSONNEL' AND l.etat = 'ACCEPTEE' AND l.acceptee_par = c.login AND NOT l.acceptee_par_chef"));
        // the frozen content lists every Pacte mission of the letter, and the IMP with its amount
        assertEquals(0, entier("SELECT count(*) FROM mission.lettre l WHERE jsonb_array_length(l.contenu::jsonb -> 'pacte')"
                + " <> (SELECT count(*) FROM mission.attribution a WHERE a.identifiant = l.identifiant AND a.dispositif = 'PACTE')"));
        assertEquals(1, entier("SELECT count(*) FROM mission.lettre WHERE contenu::jsonb -> 'imp' -> 0 ->> 'montantAnnuel' = '625.00'"));
        assertEquals(10, entier("SELECT count(*) FROM mission.attribution WHERE annee_scolaire = '2024-2025'"
                + " AND creee_par <> 'demo' AND creee_le = TIMESTAMPTZ '2024-09-20 10:00+02'"));
    }

    private static long entier(String sql) throws SQLException {
        return Long.parseLong(texte(premiere.dataSource(), sql));
    }

    private static boolean vrai(String sql) throws SQLException {
        try (Connection c = premiere.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String texte(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> textes(String sql) throws SQLException {
        List<String> valeurs = new ArrayList<>();
        try (Connection c = premiere.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                valeurs.add(rs.getString(1));
            }
        }
        return valeurs;
    }
}
