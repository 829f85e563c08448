package fr.pacte.lettre;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The follow-up table against « au plus tard début octobre : signature d'une lettre de mission » (seed 002). */
class SuiviLettresTest {

    private static LettreEnSouffrance l(String dep, String uai, String id, String etat) {
        return new LettreEnSouffrance(dep, uai, "Étab " + uai, id, "Nom" + id, "Prénom", etat, 1);
    }

    @Test
    void au_plus_tard_debut_octobre_countsPerEtablissementAndDepartementAndTheLettersStillOpen() {
        LocalDate limite = LocalDate.of(2173, 10, 10);
        SuiviLettres s = SuiviLettres.de("2173-2174", limite, LocalDate.of(2173, 10, 11), List.of(
                l("087", "A", "1", "BROUILLON"), l("087", "A", "2", "SIGNEE"), l("087", "B", "3", "ACCEPTEE"),
                l("088", "C", "4", "BROUILLON")));
        assertTrue(s.echue(), "the day after the deadline");
        assertEquals(List.of(new SuiviLettres.Compte("087", null, "087", 3, 1, 1), new SuiviLettres.Compte("088", null, "088", 1, 1, 0)),
                s.departements());
        assertEquals(3, s.etablissements().size());
        assertEquals(new SuiviLettres.Compte("087", "A", "Étab A", 2, 1, 1), s.etablissements().get(0));
        assertEquals(List.of("1", "2", "4"), s.enSouffrance().stream().map(LettreEnSouffrance::identifiant).toList());
        assertEquals(2, s.nonSignees());
        assertEquals(1, s.nonAcceptees());
        assertFalse(SuiviLettres.de("2173-2174", limite, limite, List.of()).echue(), "the deadline day itself is not late");
    }
}
