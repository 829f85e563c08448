package fr.pacte.referentiel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The voies of the catalogue (seeds 001, 002, 003): one vocabulary for the tables, the rules and the screens. */
class VoieTest {

    @Test
    void aCodeOfTheTablesIsReadAsItsVoieAndAnythingElseIsNone() {
        assertEquals(Voie.VOIE_PRO, Voie.de("VOIE_PRO"));
        assertTrue(Voie.ACADEMIQUE.est("ACADEMIQUE"));
        assertFalse(Voie.VOIE_PRO.est("voie_pro"), "codes are the tables' own, upper case");
        assertNull(Voie.de("LYCEE"));
        assertNull(Voie.de(null));
    }

    @Test
    void theScreensShowTheFrenchLabelAndAnUnknownCodeAsItIs() {
        assertEquals("Voie professionnelle", Voie.libelleDe("VOIE_PRO"));
        assertEquals("Second degré", Voie.libelleDe("SECOND_DEGRE"));
        assertEquals("AUTRE", Voie.libelleDe("AUTRE"));
    }

    @Test
    void theCatalogueListsTheVoieProFirstAndTheAcademicMissionsLast() {
        assertEquals(List.of(Voie.VOIE_PRO, Voie.SECOND_DEGRE, Voie.PREMIER_DEGRE, Voie.ACADEMIQUE), Voie.ordreDuCatalogue());
    }

    @Test
    void envelopesCountPartsInTheThreeVoiesOfTheAllocationNeverInTheAcademicOne() {
        assertEquals(List.of(Voie.PREMIER_DEGRE, Voie.SECOND_DEGRE, Voie.VOIE_PRO), Voie.DES_ENVELOPPES);
        assertEquals(Voie.VOIE_PRO, Voie.pour(Nature.LPO, Voie.VOIE_PRO));
        assertEquals(Voie.SECOND_DEGRE, Voie.pour(Nature.EREA, Voie.VOIE_PRO));
    }

    @Test
    void theCampaignCountsTheLpoPartsInTheSecondDegreOrTheVoiePro() {
        assertEquals(List.of(Voie.SECOND_DEGRE, Voie.VOIE_PRO), Voie.voiesLpo());
        assertFalse(Voie.voiesLpo().contains(Voie.de("PREMIER_DEGRE")));
    }
}
