package fr.pacte.demande;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemandeTest {

    private static Demande nouvelle(String quantite) {
        return new Demande("2025-2026", "0380001V", "038", NatureDemande.CONVERSION_DECHARGE, new BigDecimal(quantite),
                "Coordination du laboratoire de mathématiques", "chef");
    }

    @Test
    void aRequestGoesFromDraftToDecisionAndKeepsEveryStep() {
        Demande d = nouvelle("3");
        d.deposer("chef");
        d.instruire("dasen");
        assertEquals(EtatDemande.ACCEPTEE_PARTIELLEMENT, d.decider(new BigDecimal("2"), "Enveloppe départementale contrainte", "dasen"));
        assertEquals(4, d.getEtapes().size());
        assertEquals("dasen", d.getEtapes().get(3).getAuteur());
        assertEquals("Enveloppe départementale contrainte", d.getMotifDecision());
    }

    @Test
    void illegalTransitionsAreRefusedAndNameBothStates() {
        Demande d = nouvelle("1");
        RegleDemandeException e = assertThrows(RegleDemandeException.class, () -> d.instruire("dasen"));
        assertTrue(e.getMessage().contains("brouillon") && e.getMessage().contains("en instruction"), e.getMessage());
        d.deposer("chef");
        assertThrows(RegleDemandeException.class, () -> d.deposer("chef"));
        d.decider(BigDecimal.ONE, null, "dasen");
        assertThrows(RegleDemandeException.class, () -> d.retirer("chef", null));
        assertThrows(RegleDemandeException.class, () -> d.decider(BigDecimal.ZERO, "non", "dasen"));
        assertEquals(EtatDemande.ACCEPTEE, d.getEtat());
    }

    @Test
    void partialGrantOrRefusalNeedsAReasonAndGrantCannotExceedTheRequest() {
        Demande d = nouvelle("2");
        d.deposer("chef");
        assertThrows(RegleDemandeException.class, () -> d.decider(BigDecimal.ONE, " ", "dasen"));
        assertThrows(RegleDemandeException.class, () -> d.decider(BigDecimal.ZERO, null, "dasen"));
        assertThrows(RegleDemandeException.class, () -> d.decider(new BigDecimal("2.25"), "trop", "dasen"));
        assertEquals(EtatDemande.DEPOSEE, d.getEtat());
        assertEquals(EtatDemande.REFUSEE, d.decider(BigDecimal.ZERO, "Pas de reliquat", "dasen"));
    }

    @Test
    void aDraftMayBeWithdrawnButNotAfterTheDecision() {
        Demande d = nouvelle("1");
        d.retirer("chef", "Erreur de saisie");
        assertEquals(EtatDemande.RETIREE, d.getEtat());
        assertTrue(EtatDemande.RETIREE.estFinal());
    }
}
