package fr.pacte.securite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IEN's scope (issue 15): the écoles of his circonscription, and their requests to instruct. */
class PerimetreIenTest {

    private static final Utilisateur IEN = new Utilisateur("ien", Role.IEN, null, null, "I", null, "084AP1");
    private static final Utilisateur DASEN = new Utilisateur("dasen", Role.DASEN, "084", null, "D");

    @Test
    void ien_voit_les_ecoles_de_sa_circonscription_et_rien_d_autre() {
        assertTrue(IEN.peutVoirEtablissement("0849001C", "084", "084AP1"));
        assertFalse(IEN.peutVoirEtablissement("0849002D", "084", "084CA2"));
        assertFalse(IEN.peutVoirEtablissement("0849003E", "084", null), "un collège n'a pas de circonscription");
        assertFalse(IEN.peutVoirEtablissement("0849001C", "084"), "sans la circonscription connue, refus");
    }

    @Test
    void les_ien_pour_les_ecoles_de_leur_circonscription_le_dasen_pour_le_reste() {
        assertTrue(IEN.instruitPour("084", "084AP1"));
        assertFalse(IEN.instruitPour("084", null));
        assertTrue(DASEN.instruitPour("084", null), "le second degré reste au DASEN");
        assertFalse(DASEN.instruitPour("084", "084AP1"), "l'école d'une circonscription est instruite par son IEN");
        assertTrue(DASEN.peutVoirEtablissement("0849001C", "084", "084AP1"), "le DASEN consulte les écoles");
        assertFalse(DASEN.instruitPour("038", null));
    }
}
