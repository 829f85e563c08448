package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

class SynthesePaiementsTest {

    @Test
    void imprimeLesMontantsParDepartementEtDispositifAvecLeTotal() throws Exception {
        byte[] pdf = new RapportsPacte().synthesePaiementsPdf("Paiements de novembre 2046", "Année scolaire 2046-2047",
                Date.from(Instant.parse("2046-11-20T09:15:00Z")), List.of(
                        new LigneSynthesePaiement("038 – Isère", "PACTE", 3, new BigDecimal("555.53"), new BigDecimal("138.89")),
                        new LigneSynthesePaiement("038 – Isère", "IMP", 1, new BigDecimal("69.44"), BigDecimal.ZERO),
                        new LigneSynthesePaiement("073 – Savoie", "PACTE", 2, new BigDecimal("-277.76"), new BigDecimal("-277.76"))));
        String texte = Pdfs.texte(pdf);
        for (String attendu : List.of("Paiements de novembre 2046", "Année scolaire 2046-2047", "038 – Isère",
                "073 – Savoie", "dont régularisations", "555,53\u00a0€", "138,89\u00a0€", "-277,76\u00a0€", "Total de l'académie",
                "347,21\u00a0€", "-138,87\u00a0€", "Mois clos le 20/11/2046 à 10:15")) {
            assertTrue(texte.contains(attendu), () -> "« " + attendu + " » absent du PDF :\n" + texte);
        }
    }
}
