package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a letter prints according to what it holds and where (fixture-lettres-textes.sql, département 085, campaign
 * 2149-2150 reserved to this class), and the répartition document for the conseils. Seeds: 000 (BO n° 30 du 27
 * juillet 2023, « lettre de mission pour la part fonctionnelle de l'ISOE »), 001 (bilan d'activité à l'IEN),
 * 003 (IMP, décret 2015-475 ; « présentées, pour avis, au conseil d'administration, après avis du conseil
 * pédagogique »).
 */
class LettreTextesIT extends PacteIT {

    private static final String ANNEE = "2149-2150";
    private static final String COLLEGE = "0859001X";
    private static final String ECOLE = "0859002Y";
    private static final String GUERIN = "LTX0000000001";
    private static final String BENETEAU = "LTX0000000002";
    private static final String PACAUD = "LTX0000000003";

    @BeforeAll
    static void attribuer() {
        EnveloppesSuivi.publier(ANNEE, COLLEGE, 10, 4, ECOLE, 3, 0);
        Http college = http().basic("chef.0859001x", "test");
        Http ecole = http().basic("chef.0859002y", "test");
        for (String id : new String[]{GUERIN, BENETEAU}) {
            EnveloppesSuivi.ok(college.put("/api/suivi/" + ANNEE + "/" + COLLEGE + "/volontaires/" + id, "{\"volontaire\": true}"));
        }
        EnveloppesSuivi.ok(ecole.put("/api/suivi/" + ANNEE + "/" + ECOLE + "/volontaires/" + PACAUD, "{\"volontaire\": true}"));
        cree(college.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, COLLEGE, GUERIN, "P2-DEVOIRS-FAITS", "1", "24")));
        cree(college.postJson("/api/attributions", "{\"annee\": \"" + ANNEE + "\", \"uai\": \"" + COLLEGE
                + "\", \"identifiant\": \"" + BENETEAU + "\", \"dispositif\": \"IMP\", \"codeMission\": \"IMP-REF-NUMERIQUE\","
                + " \"tauxImp\": \"002\", \"dateDebut\": \"2149-09-01\", \"dateFin\": \"2150-06-30\", \"modalite\": \"ANNUELLE\"}"));
        cree(ecole.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, ECOLE, PACAUD, "P1-STAGES-REUSSITE", "1", "24")));
        EnveloppesSuivi.ok(college.put("/api/suivi/" + ANNEE + "/" + COLLEGE + "/conseils",
                "{\"conseilPedagogique\": \"2150-03-10\", \"conseilAdministration\": \"2150-03-24\"}"));
    }

    @Test
    void la_lettre_d_une_ecole_est_celle_du_directeur_d_ecole_pour_la_part_fonctionnelle_de_l_ISAE() {
        String texte = pdf(http().basic("chef.0859002y", "test"), ECOLE, PACAUD);
        assertTrue(texte.contains("Le directeur d'école à Mme Léonie Pacaud"), texte);
        assertTrue(texte.contains("OBJET : LETTRE DE MISSION POUR LA PART FONCTIONNELLE DE L'ISAE"), texte);
        assertTrue(texte.contains("décret n° 2013-790"), texte);
        assertTrue(texte.contains("bilan d'activité remis à l'IEN de la circonscription Fontenay-le-Comte"),
                "seed 001, 1er degré : l'IEN de la circonscription de l'école, " + texte);
        assertFalse(texte.contains("ISOE"), texte);
        assertFalse(texte.contains("Le chef d'établissement"), texte);
    }

    @Test
    void une_lettre_d_imp_seules_n_est_pas_pour_la_part_fonctionnelle_de_l_ISOE_et_cite_le_decret_2015_475() {
        String texte = pdf(http().basic("chef.0859001x", "test"), COLLEGE, BENETEAU);
        assertFalse(texte.contains("PART FONCTIONNELLE DE L'ISOE"), texte);
        assertTrue(texte.contains("MISSIONS PARTICULIÈRES (IMP)"), texte);
        assertTrue(texte.contains("En référence au décret n° 2015-475 du 27 avril 2015"), texte);
        assertTrue(texte.contains("625,00 € annuels"), texte);
    }

    @Test
    void la_lettre_acceptee_imprime_le_nom_de_l_agent_et_le_jour_de_son_acceptation() {
        Http chef = http().basic("chef.0859001x", "test");
        String lettre = "/api/lettres/" + ANNEE + "/" + COLLEGE + "/" + GUERIN;
        assertEquals(200, chef.postJson(lettre + "/signature", "").statusCode());
        assertFalse(pdf(chef, COLLEGE, GUERIN).contains("Lu et accepté"));
        HttpResponse<String> r = http().basic("personnel.ltx01", "test").postJson(lettre + "/acceptation", "");
        assertEquals(200, r.statusCode(), r.body());
        String texte = pdf(chef, COLLEGE, GUERIN);
        assertTrue(texte.matches(".*Lu et accepté par Solène Guérin, le \\d{1,2} [a-zéû]+ \\d{4}\\..*"), texte);
        assertTrue(texte.contains("Yannick Rousseau, principal"), "the chef's signature: " + texte);
        assertTrue(texte.contains("bilan d'activité remis au chef d'établissement"), texte);
    }

    @Test
    void la_repartition_presentee_pour_avis_au_conseil_d_administration_apres_avis_du_conseil_pedagogique() {
        HttpResponse<byte[]> r = http().basic("chef.0859001x", "test").getBytes("/api/suivi/" + ANNEE + "/" + COLLEGE + "/conseils.pdf");
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        String texte = LettresDeTest.texte(r.body());
        assertTrue(texte.contains("Avis du conseil pédagogique : 10/03/2150 ; avis du conseil d'administration : 24/03/2150"), texte);
        assertTrue(texte.contains("Intervention dans le dispositif Devoirs faits"), texte);
        assertTrue(texte.contains("Référent pour les ressources et usages pédagogiques numériques"), texte);
        assertTrue(texte.contains("Volontaires (2) : BÉNÉTEAU Rémi, GUÉRIN Solène."), texte);
        assertTrue(texte.contains("10 part(s) fonctionnelle(s), 1 attribuée(s), reste 9"), texte);
        assertTrue(texte.contains("4 IMP, 0,5 attribuée(s), reste 3,5"), texte);
        assertEquals(403, http().basic("chef.0859002y", "test")
                .getBytes("/api/suivi/" + ANNEE + "/" + COLLEGE + "/conseils.pdf").statusCode());
    }

    private static String pdf(Http qui, String uai, String identifiant) {
        HttpResponse<byte[]> r = qui.getBytes("/api/lettres/" + ANNEE + "/" + uai + "/" + identifiant + "/pdf");
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        return LettresDeTest.texte(r.body());
    }

    private static void cree(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
    }
}
