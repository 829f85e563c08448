package fr.pacte.entrepot;

import fr.pacte.entrepot.exploration.Dimension;
import fr.pacte.entrepot.exploration.Mesure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Cells that are the same number get the same key, in the report and in the exploration (issue 18, point 4). */
class SensDesCellulesTest {

    private static final String ISERE = "038 Isère";

    @Test
    void aSlicesTotalIsItsRowInTheSliceDimensionsTable() {
        assertEquals(SensDesCellules.cle("T06", null, null, ISERE, "Bénéficiaires"),
                SensDesCellules.cle("T03", "departement", ISERE, "Ensemble", "Bénéficiaires"));
        assertEquals(SensDesCellules.cle("T06", "nature", "Collège", ISERE, "Effectif"),
                SensDesCellules.cle("T04", "departement", ISERE, "Collège", "Effectif"),
                "collèges de l'Isère : T04 filtré sur l'Isère, T06 filtré sur les collèges");
        assertEquals(SensDesCellules.cle("T24", null, null, "Second degré", "Effectif"),
                SensDesCellules.cle("T17", null, null, "Second degré", "Effectif"));
        assertNotEquals(SensDesCellules.cle("T06", null, null, ISERE, "Bénéficiaires"),
                SensDesCellules.cle("T06", null, null, ISERE, "Bénéficiaires Pacte"));
    }

    @Test
    void missionTablesShareTheirTotalsButNotThePersonsSlices() {
        assertEquals(SensDesCellules.cle("T07", null, null, "Ensemble", "Missions"),
                SensDesCellules.cle("T08", null, null, "Ensemble", "Missions"));
        assertEquals(SensDesCellules.cle("T09", null, null, "Ensemble", "Missions IMP"),
                SensDesCellules.cle("T21", null, null, "Ensemble", "Missions"));
        assertEquals(SensDesCellules.cle("T01", null, null, "Ensemble", "Bénéficiaires"),
                SensDesCellules.cle("T08", null, null, "Ensemble", "Bénéficiaires"), "sans filtre, les mêmes personnes");
        // a mission table is filtered on the attribution's établissement, a person table on the affectation
        assertNotEquals(SensDesCellules.cle("T01", "departement", ISERE, "Ensemble", "Bénéficiaires"),
                SensDesCellules.cle("T08", "departement", ISERE, "Ensemble", "Bénéficiaires"));
        assertEquals(SensDesCellules.cle("T01", null, null, "Ensemble", "Bénéficiaires IMP"),
                SensDesCellules.cle("T09", null, null, "Ensemble", "Bénéficiaires"));
        assertEquals(SensDesCellules.cle("T01", null, null, "Ensemble", "Bénéficiaires Pacte"),
                SensDesCellules.cle("T13", null, null, "Ensemble", "Signataires"));
        assertNull(SensDesCellules.cle("T10", null, null, "Ensemble", "Montant versé (€)"));
    }

    @Test
    void aPivotCellHasTheKeyOfTheSameReportCell() {
        String femmes = Libelles.de("sexe", "F");
        assertEquals(SensDesCellules.cle("T01", null, null, femmes, "Bénéficiaires"),
                SensDesCellules.cle(Mesure.BENEFICIAIRES, Population.DEPP, Map.of(Dimension.SEXE, "F")));
        assertEquals(SensDesCellules.cle("T01", "departement", ISERE, femmes, "Effectif"),
                SensDesCellules.cle(Mesure.EFFECTIF, Population.DEPP, Map.of(Dimension.SEXE, "F", Dimension.DEPARTEMENT, ISERE)));
        assertEquals(SensDesCellules.cle("T03", null, null, Libelles.de("corps", "PSYEN"), "Bénéficiaires IMP"),
                SensDesCellules.cle(Mesure.BENEFICIAIRES, Population.AUTRES, Map.of(Dimension.CORPS, "PSYEN", Dimension.DISPOSITIF, "IMP")));
        assertEquals(SensDesCellules.cle("T07", null, null, "Pacte – Remplacement de courte durée", "Missions"),
                SensDesCellules.cle(Mesure.MISSIONS, Population.DEPP, Map.of(Dimension.DISPOSITIF, "PACTE", Dimension.CATEGORIE_MISSION, "RCD")));
        assertEquals(SensDesCellules.cle("T20", null, null, "Sans discipline – IMP-REF-NUMERIQUE", "Missions"),
                SensDesCellules.cle(Mesure.MISSIONS, Population.AUTRES, Map.of(Dimension.DISCIPLINE, "", Dimension.MISSION, "IMP-REF-NUMERIQUE")));
        assertEquals(SensDesCellules.cle("T21", null, null, Libelles.de("taux", "002"), "Missions"),
                SensDesCellules.cle(Mesure.MISSIONS, Population.DEPP, Map.of(Dimension.TAUX_IMP, "002")));
        assertEquals(SensDesCellules.cle("T01", null, null, "Ensemble", "Effectif"),
                SensDesCellules.cle(Mesure.EFFECTIF, Population.DEPP, Map.of(Dimension.POPULATION, "ENSEIGNANT_2D")),
                "la seule catégorie de la population : toute la population");
        assertNull(SensDesCellules.cle(Mesure.MONTANT_VERSE, Population.DEPP, Map.of(Dimension.SEXE, "F")));
    }

    /** The CPE and psychologists of the AUTRES population are a corps each: T03's row of that corps. */
    @Test
    void aCategoryThatIsOneCorpsIsThatCorpsRow() {
        assertEquals(SensDesCellules.cle("T03", "departement", ISERE, Libelles.de("corps", "CPE"), "Effectif"),
                SensDesCellules.cle(Mesure.EFFECTIF, Population.AUTRES, Map.of(Dimension.POPULATION, "CPE",
                        Dimension.DEPARTEMENT, ISERE)));
        assertEquals(SensDesCellules.cle("T03", null, null, Libelles.de("corps", "PSYEN"), "Bénéficiaires IMP"),
                SensDesCellules.cle(Mesure.BENEFICIAIRES, Population.AUTRES, Map.of(Dimension.POPULATION, "PSYEN",
                        Dimension.DISPOSITIF, "IMP")));
        assertEquals(SensDesCellules.cle("T03", null, null, Libelles.de("corps", "CPE"), "Effectif"),
                SensDesCellules.cle(Mesure.EFFECTIF, Population.AUTRES, Map.of(Dimension.POPULATION, "CPE",
                        Dimension.CORPS, "CPE")));
        assertNull(SensDesCellules.cle(Mesure.EFFECTIF, Population.AUTRES, Map.of(Dimension.POPULATION, "CPE",
                Dimension.CORPS, "CERTIFIE")), "personne : pas de cellule du rapport");
    }
}
