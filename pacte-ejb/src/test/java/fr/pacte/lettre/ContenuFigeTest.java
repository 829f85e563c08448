package fr.pacte.lettre;

import fr.pacte.attribution.LigneAttribution;

import fr.pacte.referentiel.Modalite;
import fr.pacte.rapport.LettreDeMission;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContenuFigeTest {

    @Test
    void aFrozenLetterReadsBackExactlyAsItWasSigned() {
        EnteteLettre e = new EnteteLettre("2025-2026", "0380002W", "LP", "Lycée professionnel Françoise-Dolto",
                "Pôle des métiers", "Saint-Étienne-de-Saint-Geoirs", "P3", "Mme", "Zoé", "Lefèvre « Œ »",
                "Génie mécanique", 3);
        LettreDeMission signee = RedactionLettre.signee(RedactionLettre.rediger(e, List.of(
                new LigneAttribution("PACTE", "Remplacement de courte durée", LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 6, 30), new BigDecimal("1.0"), new BigDecimal("18.0"), null, null, null,
                        null, Modalite.ANNUELLE),
                new LigneAttribution("PACTE", "Tutorat", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30),
                        new BigDecimal("2.0"), null, null, null, null, null, Modalite.ANNUELLE, "chef d'établissement"),
                new LigneAttribution("IMP", "Coordination", LocalDate.of(2025, 11, 3), LocalDate.of(2026, 5, 29),
                        null, null, "004", "Taux double", new BigDecimal("2.00"), new BigDecimal("2500.00"),
                        Modalite.PONCTUELLE, "IEN ou chef d'établissement")), null, null), "Proviseur", LocalDate.of(2025, 10, 1));
        assertEquals(signee, ContenuFige.lire(ContenuFige.ecrire(signee)));
        assertEquals("chef d'établissement", ContenuFige.lire(ContenuFige.ecrire(signee)).missionsImp().get(0).bilanRemisA(),
                "the bilan's recipient is frozen with the signed content");
    }
}
