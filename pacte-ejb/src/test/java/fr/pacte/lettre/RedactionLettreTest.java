package fr.pacte.lettre;

import fr.pacte.attribution.LigneAttribution;

import fr.pacte.referentiel.Modalite;
import fr.pacte.rapport.LettreDeMission;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactionLettreTest {

    private static final LocalDate DEBUT = LocalDate.of(2025, 9, 1);
    private static final LocalDate FIN = LocalDate.of(2026, 6, 30);
    private static final EnteteLettre COLLEGE = new EnteteLettre("2025-2026", "0380001V", "CLG", "Collège Jean-Jaurès",
            "", "Échirolles", "P1", "Mme", "Aïssatou", "N'Diaye", "Mathématiques", 2);

    private static LigneAttribution pacte(String libelle, String parts, String heures) {
        return new LigneAttribution("PACTE", libelle, DEBUT, FIN, new BigDecimal(parts),
                heures == null ? null : new BigDecimal(heures), null, null, null, null, Modalite.ANNUELLE);
    }

    private static LigneAttribution imp(String code, String libelleTaux, String nombre, String montant, Modalite m) {
        return new LigneAttribution("IMP", "Référent numérique", DEBUT, FIN, null, null, code, libelleTaux,
                new BigDecimal(nombre), new BigDecimal(montant), m);
    }

    @Test
    void aBrouillonCarriesEveryFieldOfTheModelAndItsMissionsInOrder() {
        LettreDeMission l = RedactionLettre.rediger(COLLEGE, List.of(pacte("Devoirs faits", "1", "24"),
                imp("002", "Taux moitié", "0.5", "625.00", Modalite.ANNUELLE)), null, null);
        assertEquals("0380001V", l.uai());
        assertEquals("CLG", l.sigle());
        assertEquals("Collège Jean-Jaurès", l.denominationPrincipale());
        assertEquals("2025-2026", l.anneeScolaire());
        assertEquals("Mme", l.civilite());
        assertEquals("N'Diaye", l.nom());
        assertEquals("Mathématiques", l.discipline());
        assertEquals(2, l.version(), "the version number of the current avenant");
        assertEquals("Devoirs faits", l.missionsPacte().get(0).libelle());
        assertEquals(new BigDecimal("24"), l.missionsPacte().get(0).heures());
        assertEquals("taux moitié", l.missionsImp().get(0).libelleTaux());
        assertEquals(new BigDecimal("625.00"), l.missionsImp().get(0).montantAnnuel());
        assertEquals("À Échirolles, le …", l.lieuEtDate());
        assertNull(l.signataire());
        assertTrue(l.referenceTexte().contains("décret n° 93-55"), l.referenceTexte());
        assertTrue(l.referenceTexte().contains("2015-475"), "IMP letters cite the IMP décret: " + l.referenceTexte());
    }

    @Test
    void signingDatesTheLetterAndNamesTheChef() {
        LettreDeMission l = RedactionLettre.signee(RedactionLettre.rediger(COLLEGE,
                List.of(pacte("Devoirs faits", "1", "24")), null, null), "Principale du collège", LocalDate.of(2025, 10, 2));
        assertEquals("À Échirolles, le 2 octobre 2025", l.lieuEtDate());
        assertEquals("Principale du collège", l.signataire());
        assertTrue(!l.referenceTexte().contains("2015-475"), "no IMP, no IMP décret");
    }

    @Test
    void aDechargeHasNoAmountAndSaysItsWeeklyHours() {
        LettreDeMission l = RedactionLettre.rediger(COLLEGE,
                List.of(imp("003", "Taux de base", "1", "1250.00", Modalite.DECHARGE)), null, null);
        assertNull(l.missionsImp().get(0).montantAnnuel());
        assertEquals("décharge de service (1\u00A0h hebdomadaires)", l.missionsImp().get(0).modalite());
    }

    @Test
    void anImpOnlyLetterOfAnEcoleCitesOnlyDecret2017_965() {
        EnteteLettre ecole = new EnteteLettre("2025-2026", "0380003X", "ECOLE", "École élémentaire Les Glières", "",
                "Grenoble", "P4", "M.", "François", "Müller", "", 1);
        LettreDeMission l = RedactionLettre.rediger(ecole, List.of(imp("001", "Taux quart", "0.25", "312.50",
                Modalite.PONCTUELLE)), null, null);
        assertEquals("EC", l.sigle());
        assertEquals("décret n° 2017-965 du 10 mai 2017", l.referenceTexte(), "seed 003: IMP du premier degré");
        assertEquals("ponctuelle (après service fait)", l.missionsImp().get(0).modalite());
    }

    @Test
    void theEcoleCitesTheIsaeAndItsOwnImpDecretWhenItHoldsBoth() {
        EnteteLettre ecole = new EnteteLettre("2025-2026", "0380003X", "ECOLE", "École élémentaire Les Glières", "",
                "Grenoble", "P4", "M.", "François", "Müller", "", 1);
        LettreDeMission l = RedactionLettre.rediger(ecole, List.of(pacte("Soutien", "1", "24"),
                imp("001", "Taux quart", "0.25", "312.50", Modalite.PONCTUELLE)), null, null);
        assertTrue(l.referenceTexte().contains("2013-790") && l.referenceTexte().contains("2017-965"), l.referenceTexte());
    }

    /** Seed 001: « bilan d'activité » remis à l'IEN ou au chef d'établissement, selon le degré. */
    @Test
    void bilan_d_activite_remis_a_l_IEN_dans_une_ecole_au_chef_d_etablissement_ailleurs() {
        assertEquals("IEN", RedactionLettre.bilan("IEN ou chef d'établissement", "ECOLE", null));
        assertEquals("IEN de la circonscription Grenoble 2",
                RedactionLettre.bilan("IEN ou chef d'établissement", "ECOLE", "Grenoble 2"));
        assertEquals("IEN de la circonscription Grenoble 2", RedactionLettre.bilan("IEN", "ECOLE", "Grenoble 2"));
        assertEquals("chef d'établissement", RedactionLettre.bilan("IEN ou chef d'établissement", "CLG", null));
        assertEquals("chef d'établissement en lien avec l'IEN",
                RedactionLettre.bilan("chef d'établissement en lien avec l'IEN", "CLG", null));
        LigneAttribution l = new LigneAttribution("PACTE", "Soutien", DEBUT, FIN, BigDecimal.ONE, null, null, null,
                null, null, Modalite.ANNUELLE, "IEN ou chef d'établissement");
        assertEquals("chef d'établissement",
                RedactionLettre.rediger(COLLEGE, List.of(l), null, null).missionsPacte().get(0).bilanRemisA());
    }

    @Test
    void theAcceptanceComesFromTheStoredDayAndTheSignedName() {
        LettreDeMission signee = RedactionLettre.signee(RedactionLettre.rediger(COLLEGE,
                List.of(pacte("Devoirs faits", "1", "24")), null, null), "Paul Martin", LocalDate.of(2025, 10, 1));
        VersionLettre v = new VersionLettre(2, EtatLettre.ACCEPTEE, true, null, "chef",
                java.time.OffsetDateTime.parse("2025-10-03T22:30:00Z"), "agent", false);
        assertEquals("Lu et accepté par Aïssatou N'Diaye, le 4 octobre 2025.",
                RedactionLettre.acceptee(signee, v).acceptation(), "the day in Paris, not in UTC");
        assertNull(RedactionLettre.acceptee(signee, null).acceptation());
    }
}
