package fr.pacte.attribution;

import fr.pacte.referentiel.Modalite;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seed 003: « Le recteur peut également attribuer des IMP pour des missions académiques ». */
class ReglesAcademiquesTest {

    private static final LocalDate DEBUT = LocalDate.of(2125, 9, 1);
    private static final LocalDate FIN = LocalDate.of(2126, 8, 31);

    @Test
    void une_IMP_academique_se_prend_sur_la_ligne_IMP_de_l_academie() {
        assertEquals(List.of(), ReglesAcademiques.verifier(imp("003", Modalite.ANNUELLE), contexte("1", "10", "9")));
        List<ErreurAttribution> e = ReglesAcademiques.verifier(imp("004", Modalite.ANNUELLE), contexte("2", "10", "9"));
        assertEquals("allocation IMP de l'académie dépassée : 1 IMP restant(s) à attribuer en 2125-2126"
                + " (enveloppes, réserves et missions académiques comprises)", e.get(0).regle());
    }

    @Test
    void une_mission_academique_est_payee_jamais_en_decharge() {
        List<ErreurAttribution> e = ReglesAcademiques.verifier(imp("001", Modalite.DECHARGE), contexte("0.25", "10", "0"));
        assertEquals("modalite", e.get(0).champ());
    }

    @Test
    void elle_se_rattache_a_l_etablissement_d_affectation() {
        NouvelleAttribution ailleurs = new NouvelleAttribution("2125-2126", "0830002B", "ACA0000000001", "IMP",
                "IMP-MISSION-ACADEMIQUE", null, "003", null, DEBUT, FIN.minusMonths(2), Modalite.ANNUELLE);
        assertEquals("uai", ReglesAcademiques.verifier(ailleurs, contexte("1", "10", "0")).get(0).champ());
    }

    private static NouvelleAttribution imp(String taux, Modalite modalite) {
        return new NouvelleAttribution("2125-2126", "0830001A", "ACA0000000001", "IMP", "IMP-MISSION-ACADEMIQUE", null, taux,
                null, DEBUT, FIN.minusMonths(2), modalite);
    }

    private static ContexteAcademique contexte(String coefficient, String alloues, String distribues) {
        return new ContexteAcademique(DEBUT, FIN, "0830001A", "ACADEMIQUE", new BigDecimal(coefficient),
                new BigDecimal(alloues), new BigDecimal(distribues));
    }
}
