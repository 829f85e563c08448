package fr.pacte.entrepot;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class GrilleTest {

    private static BigDecimal[] v(double... d) {
        return Arrays.stream(d).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }

    @Test
    void aRateIsMaskedWithTheCountItIsComputedFrom() {
        Grille g = new Grille("T", "Part", "", "Corps", List.of(Colonne.additive("Effectif", Colonne.Format.NOMBRE),
                Colonne.additive("Bénéficiaires", Colonne.Format.NOMBRE), Colonne.derivee("Part", Colonne.Format.TAUX, 0, 1)))
                .ligne("PSYEN", v(12, 2, 16.7), new long[]{12, 2, 2})
                .ligne("CERTIFIE", v(80, 30, 37.5), new long[]{80, 30, 30})
                .ligne("PE", v(40, 9, 22.5), new long[]{40, 9, 9})
                .total("Ensemble", v(132, 41, 31.1), new long[]{132, 41, 41});
        TableauStatistique t = g.publier(5);
        List<BigDecimal> psy = t.lignes().get(0).valeurs();
        assertNotNull(psy.get(0), "12 personnels : publié");
        assertNull(psy.get(1), "2 bénéficiaires : masqué");
        assertNull(psy.get(2), "leur part aussi, sinon 12 × 16,7 % le redonnerait");
        List<BigDecimal> pe = t.lignes().get(2).valeurs();
        assertNull(pe.get(1), "secret secondaire : la plus petite autre cellule de la colonne");
        assertNull(pe.get(2));
        assertEquals("s", t.texte().get(2).get(2));
        assertEquals("41", t.texte().get(3).get(2));
        assertEquals(4, t.cellulesMasquees());
    }

    @Test
    void aTotalColumnAddsRowEquations() {
        Grille g = new Grille("T", "Mois", "", "Département", List.of(Colonne.additive("oct.", Colonne.Format.MONTANT),
                Colonne.additive("nov.", Colonne.Format.MONTANT), Colonne.additive("Total", Colonne.Format.MONTANT)))
                .ligne("038", v(100, 200, 300), new long[]{3, 20, 20})
                .ligne("073", v(400, 500, 900), new long[]{30, 30, 30})
                .total("Ensemble", v(500, 700, 1200), new long[]{33, 50, 50})
                .totalColonne(2, 0, 1);
        TableauStatistique t = g.publier(5);
        assertNull(t.lignes().get(0).valeurs().get(0));
        long masques = t.cellulesMasquees();
        assertEquals(4, masques, "un rectangle : 038 et 073, octobre et novembre");
        assertNotNull(t.lignes().get(2).valeurs().get(2));
    }
}
