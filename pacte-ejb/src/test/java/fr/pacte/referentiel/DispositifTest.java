package fr.pacte.referentiel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pacte (seeds 001/002) or IMP (seed 003): one vocabulary for the tables, the rules, the imports and the screens. */
class DispositifTest {

    @Test
    void aCodeOfTheTablesIsReadAsItsDispositifAndAnythingElseIsNone() {
        assertEquals(Dispositif.PACTE, Dispositif.de("PACTE"));
        assertTrue(Dispositif.IMP.est("IMP"));
        assertFalse(Dispositif.PACTE.est("Pacte"), "codes are the tables' own, upper case");
        assertFalse(Dispositif.IMP.est(null));
        assertNull(Dispositif.de("ISOE"));
    }

    @Test
    void theCatalogueRefusesAMissionOfNoDispositif() {
        NouvelleMission isoe = new NouvelleMission("L-ISOE", "ISOE", Voie.SECOND_DEGRE.name(), "Mission locale", null,
                null, true, null, "chef d'établissement", "LOCALE");
        assertTrue(RegleCatalogue.verifier(isoe).contains("dispositif : PACTE ou IMP"), RegleCatalogue.verifier(isoe).toString());
    }
}
