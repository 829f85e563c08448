package fr.pacte.lettre;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LettreDeMissionTest {

    private static final Instant RENTREE = Instant.parse("2025-09-15T08:00:00Z");
    private static final Instant OCTOBRE = Instant.parse("2025-10-01T08:00:00Z");

    private static LettreDeMission brouillon() {
        return LettreDeMission.premiere("2025-2026", "0380001V", "P1", RENTREE);
    }

    @Test
    void aNewLetterIsTheCurrentBrouillonVersionOne() {
        LettreDeMission l = brouillon();
        assertEquals(EtatLettre.BROUILLON, l.getEtat());
        assertEquals(1, l.getNumero());
        assertTrue(l.isCourante());
        assertNull(l.getContenu());
    }

    @Test
    void signingFreezesTheContentAndRecordsWhoAndWhen() {
        LettreDeMission l = brouillon();
        l.signer("chef.0380001v", "{\"figé\":1}", 2, OCTOBRE);
        assertEquals(EtatLettre.SIGNEE, l.getEtat());
        assertEquals("{\"figé\":1}", l.getContenu());
        assertEquals("chef.0380001v", l.vue().signeePar());
        assertEquals(OCTOBRE, l.vue().signeeLe().toInstant());
    }

    @Test
    void aLetterWithoutMissionCannotBeSigned() {
        LettreRefuseeException e = assertThrows(LettreRefuseeException.class,
                () -> brouillon().signer("chef", "{}", 0, OCTOBRE));
        assertTrue(e.getMessage().contains("aucune mission"), e.getMessage());
    }

    @Test
    void aSignedLetterCannotBeSignedAgain() {
        LettreDeMission l = brouillon();
        l.signer("chef", "{}", 1, OCTOBRE);
        LettreRefuseeException e = assertThrows(LettreRefuseeException.class, () -> l.signer("chef", "{}", 1, OCTOBRE));
        assertTrue(e.getMessage().contains("déjà signée"), e.getMessage());
    }

    @Test
    void aBrouillonCannotBeAccepted() {
        LettreRefuseeException e = assertThrows(LettreRefuseeException.class,
                () -> brouillon().accepter("P1", false, OCTOBRE));
        assertTrue(e.getMessage().contains("pas encore signée"), e.getMessage());
    }

    @Test
    void aSignedLetterIsAcceptedOnceByTheAgentOrRecordedByTheChef() {
        LettreDeMission parAgent = brouillon();
        parAgent.signer("chef", "{}", 1, OCTOBRE);
        parAgent.accepter("personnel.p1", false, OCTOBRE.plusSeconds(3600));
        assertEquals(EtatLettre.ACCEPTEE, parAgent.getEtat());
        assertFalse(parAgent.vue().accepteeParChef());
        assertEquals("personnel.p1", parAgent.vue().accepteePar());
        assertThrows(LettreRefuseeException.class, () -> parAgent.accepter("personnel.p1", false, OCTOBRE));

        LettreDeMission parChef = brouillon();
        parChef.signer("chef", "{}", 1, OCTOBRE);
        parChef.accepter("chef", true, OCTOBRE);
        assertTrue(parChef.vue().accepteeParChef());
    }

    @Test
    void aBrouillonFollowsItsMissionsWithoutAvenant() {
        LettreDeMission l = brouillon();
        assertNull(l.missionsModifiees(OCTOBRE));
        assertTrue(l.isCourante());
        assertEquals(1, l.getNumero());
    }

    @Test
    void changingTheMissionsOfASignedOrAcceptedLetterOpensAnAvenantAndKeepsTheOldVersion() {
        for (boolean acceptee : new boolean[]{false, true}) {
            LettreDeMission l = brouillon();
            l.signer("chef", "{\"v\":1}", 1, OCTOBRE);
            if (acceptee) {
                l.accepter("chef", true, OCTOBRE);
            }
            LettreDeMission avenant = l.missionsModifiees(OCTOBRE.plusSeconds(86_400));
            assertNotNull(avenant);
            assertFalse(l.isCourante(), "l'ancienne version n'est plus la version en vigueur");
            assertEquals("{\"v\":1}", l.getContenu(), "l'ancienne version garde son contenu signé");
            assertEquals(acceptee ? EtatLettre.ACCEPTEE : EtatLettre.SIGNEE, l.getEtat());
            assertEquals(2, avenant.getNumero());
            assertEquals(EtatLettre.BROUILLON, avenant.getEtat());
            assertTrue(avenant.isCourante());
            assertEquals("avenant n° 1 à la lettre de mission", avenant.designation());
        }
    }
}
