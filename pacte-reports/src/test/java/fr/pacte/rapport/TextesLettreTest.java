package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Objet et références d'une lettre d'après ce qu'elle porte (seed 000 : « lettre de mission pour la part
 * fonctionnelle de l'ISOE » ; seed 003 : IMP des décrets 2015-475, second degré, et 2017-965, premier degré).
 */
class TextesLettreTest {

    private final RapportsPacte rapports = new RapportsPacte(RenduRapport.partage(), Clock.systemUTC());

    @Test
    void part_fonctionnelle_de_l_ISOE_pour_le_Pacte_du_second_degre() {
        TextesLettre t = TextesLettre.pour(false, true, false);
        assertEquals("LETTRE DE MISSION POUR LA PART FONCTIONNELLE DE L'ISOE", t.objet());
        assertTrue(t.reference().startsWith("décret n° 93-55"));
        assertEquals("Le chef d'établissement", t.titreSignataire());
    }

    @Test
    void part_fonctionnelle_de_l_ISAE_et_le_directeur_d_ecole_dans_une_ecole() {
        TextesLettre t = TextesLettre.pour(true, true, false);
        assertEquals("LETTRE DE MISSION POUR LA PART FONCTIONNELLE DE L'ISAE", t.objet());
        assertTrue(t.reference().startsWith("décret n° 2013-790"));
        assertTrue(t.remuneration().contains("(ISAE)"));
        assertEquals("Le directeur d'école", t.titreSignataire());
    }

    @Test
    void imp_seules_sans_part_fonctionnelle_decret_2015_475_ou_2017_965_dans_une_ecole() {
        TextesLettre college = TextesLettre.pour(false, false, true);
        assertFalse(college.objet().contains("PART FONCTIONNELLE"));
        assertEquals("décret n° 2015-475 du 27 avril 2015", college.reference());
        assertFalse(college.remuneration().contains("ISOE"));
        assertEquals("décret n° 2017-965 du 10 mai 2017", TextesLettre.pour(true, false, true).reference());
    }

    @Test
    void pacte_et_imp_citent_les_deux_textes() {
        TextesLettre t = TextesLettre.pour(false, true, true);
        assertTrue(t.objet().contains("PART FONCTIONNELLE DE L'ISOE"));
        assertTrue(t.objet().contains("MISSIONS PARTICULIÈRES"));
        assertTrue(t.reference().contains("93-55") && t.reference().contains("2015-475"));
    }

    @Test
    void lettre_d_une_ecole_imprime_le_directeur_d_ecole_et_l_ISAE() throws Exception {
        LettreDeMission l = new LettreDeMission("0851234X", "EC", "École Jules-Ferry", null, "2149-2150", "Mme",
                "Anne", "Durand", null, TextesLettre.pour(true, true, false).reference(),
                List.of(Lettres.devoirsFaits()), List.of(), "À Luçon, le 2 octobre 2149", "Paul Martin", 1);
        String texte = Pdfs.texteLu(rapports.lettreDeMissionPdf(l));
        assertTrue(texte.contains("Le directeur d'école à Mme Anne Durand"), texte);
        assertTrue(texte.contains("PART FONCTIONNELLE DE L'ISAE"), texte);
        assertFalse(texte.contains("Le chef d'établissement"), texte);
        assertFalse(texte.contains("ISOE"), texte);
    }

    @Test
    void lettre_imp_seule_sans_part_fonctionnelle_de_l_ISOE_avec_les_euros_et_le_decret() throws Exception {
        LettreDeMission l = Lettres.lettre("Mme", "Hélène", "Lefèvre", List.of(), List.of(Lettres.referentNumerique()), 1);
        l = new LettreDeMission(l.uai(), l.sigle(), l.denominationPrincipale(), l.denominationComplementaire(),
                l.anneeScolaire(), l.civilite(), l.prenom(), l.nom(), l.discipline(),
                TextesLettre.pour(false, false, true).reference(), l.missionsPacte(), l.missionsImp(),
                l.lieuEtDate(), l.signataire(), 1);
        String texte = Pdfs.texteLu(rapports.lettreDeMissionPdf(l));
        assertFalse(texte.contains("PART FONCTIONNELLE DE L'ISOE"), texte);
        assertTrue(texte.contains("625,00 €"), texte);
        assertTrue(texte.contains("décret n° 2015-475"), texte);
        assertFalse(texte.contains("Les missions complémentaires"), "the Pacte's paragraph: " + texte);
    }

    @Test
    void lettre_acceptee_imprime_le_nom_de_l_agent_et_le_jour_de_l_acceptation() throws Exception {
        LettreDeMission l = Lettres.helene(1).acceptee("Lu et accepté par Hélène Lefèvre-Œhmichen, le 5 octobre 2025.");
        String texte = Pdfs.texteLu(rapports.lettreDeMissionPdf(l));
        assertTrue(texte.contains("Lu et accepté par Hélène Lefèvre-Œhmichen, le 5 octobre 2025."), texte);
        assertTrue(texte.contains("François Cœurdevey"), texte);
        assertFalse(Pdfs.texteLu(rapports.lettreDeMissionPdf(Lettres.helene(1))).contains("Lu et accepté"));
    }
}
