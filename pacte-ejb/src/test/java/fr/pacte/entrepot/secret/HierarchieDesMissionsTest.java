package fr.pacte.entrepot.secret;

import fr.pacte.entrepot.Colonne;
import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.Grille;
import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.SecretDesRapports;
import fr.pacte.entrepot.TableauStatistique;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * T07 (dispositif × catégorie) and T08 (mission) are two groupings of the same missions, the catalogue being public:
 * masked each on its own they leak; as one linked set ({@code HierarchieDesMissions}) they do not.
 */
class HierarchieDesMissionsTest {

    private static final String RCD = "Pacte – Remplacement de courte durée";
    private static final String COORDINATION = "Pacte – Coordination";
    private static final String REFERENT = "IMP – Référent";
    private static final Map<String, String> CATALOGUE = Map.of("RCD-1", RCD, "PAC-A", COORDINATION,
            "PAC-B", COORDINATION, "IMP-R", REFERENT, "IMP-S", REFERENT);
    /** The reader's cells: T07's rows 0-2 and total 3, T08's rows 4-8 and total 9. */
    private static final List<Equation> LECTEUR = List.of(new Equation(new int[]{0, 1, 2}, 3),
            new Equation(new int[]{4, 5, 6, 7, 8}, 9), new Equation(new int[]{3}, 9),
            new Equation(new int[]{4}, 0), new Equation(new int[]{5, 6}, 1), new Equation(new int[]{7, 8}, 2));

    private static Grille grille(String code, Object... lignes) {
        Grille g = new Grille(code, code, "", "", List.of(Colonne.additive("Missions", Colonne.Format.NOMBRE)));
        long total = 0;
        for (int i = 0; i < lignes.length; i += 2) {
            long n = (Integer) lignes[i + 1];
            g.ligne((String) lignes[i], new BigDecimal[]{BigDecimal.valueOf(n)}, new long[]{n});
            total += n;
        }
        return g.total("Ensemble", new BigDecimal[]{BigDecimal.valueOf(total)}, new long[]{total});
    }

    private static List<Grille> rapport() {
        // RCD: 2 missions (masked); T07 hides Coordination (25) beside it, T08 hides IMP-S (5) beside RCD-1
        return List.of(grille("T07", RCD, 2, COORDINATION, 25, REFERENT, 45),
                grille("T08", "RCD-1", 2, "PAC-A", 10, "PAC-B", 15, "IMP-R", 40, "IMP-S", 5));
    }

    private static boolean[] masque(List<TableauStatistique> t) {
        boolean[] m = new boolean[10];
        for (int i = 0; i < 4; i++) {
            m[i] = t.get(0).lignes().get(i).masquee(0);
        }
        for (int i = 0; i < 6; i++) {
            m[4 + i] = t.get(1).lignes().get(i).masquee(0);
        }
        return m;
    }

    @Test
    void eachTableMaskedAloneLetsTheCatalogueRecoverTheSmallCell() {
        List<TableauStatistique> seules = rapport().stream().map(g -> g.publier(5)).toList();
        boolean[] m = masque(seules);
        assertTrue(m[0] && m[1] && m[4] && m[8], "chaque tableau a son secret");
        // Coordination = PAC-A + PAC-B = 25, then RCD = 72 − 25 − 45 = 2
        assertTrue(Lecteur.recalculables(m, LECTEUR).contains(0), "T07 masqué seul : le RCD se recalcule");
    }

    @Test
    void asOneLinkedSetNothingIsRecovered() {
        FiltreStatistiques f = new FiltreStatistiques(null, null, null, Population.DEPP);
        SecretDesRapports.Masques masques = SecretDesRapports.calculer(Population.DEPP,
                new SecretDesRapports.Valeurs(List.of(), List.of(), List.of()), 5, x -> rapport(), CATALOGUE);
        boolean[] m = masque(SecretDesRapports.publier(rapport(), f, masques));
        assertTrue(m[0] && m[4], "le RCD masqué dans les deux tableaux");
        assertEquals(List.of(), Lecteur.recalculables(m, LECTEUR));
    }
}
