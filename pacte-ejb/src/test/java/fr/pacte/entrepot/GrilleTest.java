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

    @Test
    void anUndefinedEvolutionIsNotApplicableAndNotASecret() {
        Grille g = new Grille("T16", "Évolution", "", "Indicateur", List.of(Colonne.simple("2055-2056", Colonne.Format.DECIMAL),
                Colonne.simple("2056-2057", Colonne.Format.DECIMAL), Colonne.derivee("Évolution (%)", Colonne.Format.TAUX, 0, 1)))
                .ligne("Missions", v(120, 150, 25), new long[]{100, 120, 100})
                .ligne("Missions en décharge", new BigDecimal[]{BigDecimal.ZERO, BigDecimal.valueOf(12), null}, new long[]{0, 10, 0})
                .ligne("Missions des psychologues", new BigDecimal[]{BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(50)},
                        new long[]{2, 3, 2});
        TableauStatistique t = g.publier(5);
        assertEquals(List.of("Missions en décharge", "0,0", "12,0", "—"), t.texte().get(1), "évolution par rapport à zéro : sans objet");
        assertEquals(List.of("Missions des psychologues", "s", "s", "s"), t.texte().get(2), "moins de 5 personnes : secret");
        assertNull(t.lignes().get(1).valeurs().get(2));
        assertEquals(java.util.Set.of(2), t.lignes().get(1).sansObjet());
        assertEquals(3, t.cellulesMasquees(), "la cellule sans objet n'est pas comptée comme masquée");
    }
}
