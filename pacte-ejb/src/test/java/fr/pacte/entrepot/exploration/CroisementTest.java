package fr.pacte.entrepot.exploration;

import fr.pacte.entrepot.FiltreInvalideException;
import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.secret.SecretCroise;
import fr.pacte.entrepot.secret.SecretStatistique;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pivots built from the same population of persons: a dimension's margin is published identically whichever
 * dimension it is crossed with, as rows or as columns; no masked cell is derivable; effectif refuses mission
 * dimensions, naming the field.
 */
class CroisementTest {

    private static final int SEUIL = 5;

    /** A person: corps, sex, nature, with skewed frequencies so that small cells exist. */
    private record Personne(String corps, String sexe, String nature) {
    }

    private static List<Personne> population(long graine) {
        Random h = new Random(graine);
        String[] corps = {"CERTIFIE", "CERTIFIE", "CERTIFIE", "AGREGE", "PLP", "PLP", "PSYEN", "CPE"};
        String[] natures = {"CLG", "CLG", "LYC", "LP", "EREA"};
        List<Personne> p = new ArrayList<>();
        for (int i = 0; i < 40 + h.nextInt(120); i++) {
            p.add(new Personne(corps[h.nextInt(h.nextInt(10) < 8 ? 6 : corps.length)], h.nextInt(3) == 0 ? "M" : "F",
                    natures[h.nextInt(h.nextInt(10) < 8 ? 4 : natures.length)]));
        }
        return p;
    }

    /** What the warehouse's GROUPING SETS answer for a count of persons. */
    private static Croisement croiser(List<Personne> personnes, Dimension dl, Function<Personne, String> l,
            Dimension dc, Function<Personne, String> c) {
        Map<List<String>, Long> n = new HashMap<>();
        for (Personne p : personnes) {
            for (String kl : new String[]{l.apply(p), null}) {
                for (String kc : new String[]{c.apply(p), null}) {
                    n.merge(java.util.Arrays.asList(kl, kc), 1L, Long::sum);
                }
            }
        }
        Croisement x = new Croisement(new Question("2056-2057", Population.AUTRES, dl, dc, Mesure.EFFECTIF));
        n.forEach((k, v) -> x.cellule(k.get(0), k.get(1), BigDecimal.valueOf(v), v));
        return x;
    }

    private static List<String> derniereColonne(Pivot p) {
        return p.texte().stream().map(r -> r.get(r.size() - 1)).toList();
    }

    @Test
    void aMarginIsPublishedIdenticallyInEveryPivotThatShowsIt() {
        int masquees = 0;
        for (long graine = 1; graine <= 60; graine++) {
            List<Personne> pop = population(graine);
            Pivot corpsSexe = croiser(pop, Dimension.CORPS, Personne::corps, Dimension.SEXE, Personne::sexe).publier(SEUIL);
            Pivot corpsNature = croiser(pop, Dimension.CORPS, Personne::corps, Dimension.NATURE, Personne::nature)
                    .publier(SEUIL);
            Pivot natureCorps = croiser(pop, Dimension.NATURE, Personne::nature, Dimension.CORPS, Personne::corps)
                    .publier(SEUIL);
            assertEquals(derniereColonne(corpsSexe), derniereColonne(corpsNature), "graine " + graine);
            List<String> enColonnes = natureCorps.texte().get(natureCorps.texte().size() - 1);
            assertEquals(derniereColonne(corpsSexe), enColonnes.subList(1, enColonnes.size()), "graine " + graine);
            for (Pivot p : List.of(corpsSexe, corpsNature, natureCorps)) {
                assertTrue(SecretStatistique.deductibles(masque(p), SecretCroise.equations(
                        p.libellesLignes().size(), p.libellesColonnes().size())).length == 0, "graine " + graine);
                masquees += (int) p.cellulesMasquees();
            }
        }
        assertTrue(masquees > 100, "des cases sont masquées : " + masquees);
    }

    @Test
    void aPivotAndItsTransposePublishTheSameCells() {
        for (long graine = 1; graine <= 60; graine++) {
            List<Personne> pop = population(graine);
            Pivot corpsNature = croiser(pop, Dimension.CORPS, Personne::corps, Dimension.NATURE, Personne::nature)
                    .publier(SEUIL);
            Pivot natureCorps = croiser(pop, Dimension.NATURE, Personne::nature, Dimension.CORPS, Personne::corps)
                    .publier(SEUIL);
            List<List<String>> a = corpsNature.texte();
            List<List<String>> b = natureCorps.texte();
            for (int l = 0; l < a.size(); l++) {
                for (int c = 1; c < a.get(l).size(); c++) {
                    assertEquals(a.get(l).get(c), b.get(c - 1).get(l + 1), "graine " + graine + " case " + l + "," + c);
                }
            }
        }
    }

    private static boolean[] masque(Pivot p) {
        List<Boolean> m = p.cellules().stream().flatMap(List::stream).map(Pivot.Cellule::masquee).toList();
        boolean[] b = new boolean[m.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = m.get(i);
        }
        return b;
    }

    @Test
    void twoPsychologistsAreMaskedAndShownAsS() {
        List<Personne> pop = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pop.add(new Personne("CERTIFIE", i % 3 == 0 ? "M" : "F", "CLG"));
            pop.add(new Personne("PLP", i % 2 == 0 ? "M" : "F", "LP"));
        }
        pop.add(new Personne("PSYEN", "F", "CLG"));
        pop.add(new Personne("PSYEN", "M", "CLG"));
        Pivot p = croiser(pop, Dimension.CORPS, Personne::corps, Dimension.SEXE, Personne::sexe).publier(SEUIL);
        List<String> psy = p.texte().stream().filter(r -> r.get(0).equals("Psychologues de l'EN")).findFirst().orElseThrow();
        assertEquals(List.of("Psychologues de l'EN", "s", "s", "s"), psy);
        assertEquals("62", p.texte().get(p.texte().size() - 1).get(3), "le total général reste publié");
        assertEquals(List.of("Corps \\ Sexe", "Femmes", "Hommes", "Ensemble"), p.entetes());
    }

    @Test
    void effectifRefusesAMissionDimensionNamingTheField() {
        FiltreInvalideException e = assertThrows(FiltreInvalideException.class, () -> new Question("2056-2057",
                null, Dimension.CORPS, Dimension.CATEGORIE_MISSION, Mesure.EFFECTIF));
        assertEquals("colonnes", e.champ());
        assertTrue(e.getMessage().startsWith("Colonnes : la dimension « Catégorie de mission » décrit une mission"),
                e.getMessage());
        assertEquals(Population.DEPP, new Question("2056-2057", null, Dimension.CORPS, Dimension.SEXE, Mesure.EFFECTIF)
                .population());
        assertThrows(FiltreInvalideException.class, () -> new Question("2056-2057", null, Dimension.SEXE,
                Dimension.SEXE, Mesure.MISSIONS));
    }

    @Test
    void aSumOverNoApplicableFactIsNotApplicableAndAnEmptyCellIsZero() {
        Croisement x = new Croisement(new Question("2056-2057", null, Dimension.DISPOSITIF, Dimension.SEXE, Mesure.PARTS));
        x.cellule("PACTE", "F", new BigDecimal("30"), 20).cellule("PACTE", null, new BigDecimal("30"), 20)
                .cellule("IMP", "F", null, 0).cellule("IMP", null, null, 0)
                .cellule(null, "F", new BigDecimal("30"), 20).cellule(null, null, new BigDecimal("30"), 20);
        Pivot p = x.publier(SEUIL);
        assertEquals(List.of(List.of("IMP", "—", "—"), List.of("Pacte", "30,0", "30,0"), List.of("Ensemble", "30,0", "30,0")),
                p.texte());
    }
}
