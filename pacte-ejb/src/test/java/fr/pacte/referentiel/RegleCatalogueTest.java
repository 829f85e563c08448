package fr.pacte.referentiel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed 002: missions « présentées à titre indicatif et non exhaustif »: the rectorat's own missions, checked. */
class RegleCatalogueTest {

    private static NouvelleMission mission(String code, String origine, Integer quantum, boolean forfaitaire) {
        return new NouvelleMission(code, "PACTE", "SECOND_DEGRE", "Atelier d'écriture", null, quantum, forfaitaire,
                null, "chef d'établissement", origine);
    }

    @Test
    void une_mission_locale_complete_est_acceptee() {
        assertEquals(List.of(), RegleCatalogue.verifier(mission("LOC-ATELIER", "LOCALE", 24, false)));
        assertEquals(List.of(), RegleCatalogue.verifier(mission("ACA-CHORALE", "ACADEMIQUE", null, true)));
    }

    @Test
    void le_rectorat_n_ajoute_pas_de_mission_nationale_ni_sans_quantum() {
        List<String> e = RegleCatalogue.verifier(mission("loc atelier", "NATIONALE", null, false));
        assertTrue(e.stream().anyMatch(m -> m.startsWith("code :")), e.toString());
        assertTrue(e.stream().anyMatch(m -> m.startsWith("origine :")), e.toString());
        assertTrue(e.stream().anyMatch(m -> m.startsWith("quantum :")), e.toString());
    }

    @Test
    void une_annee_de_campagne_se_suit() {
        assertTrue(RegleCatalogue.annee("2161-2162"));
        assertFalse(RegleCatalogue.annee("2161-2163"));
        assertFalse(RegleCatalogue.annee("2161"));
        assertFalse(RegleCatalogue.annee(null));
    }
}
