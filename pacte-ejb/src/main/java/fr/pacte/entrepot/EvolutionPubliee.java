package fr.pacte.entrepot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evolution table (T16): the report's headline figures of the campaign beside those of the previous one. It has
 * no figure of its own: each value of campaign N is a cell of a table of the same version of N's report, each value
 * of N-1 the same cell of N-1's published report (same population, same filter), copied with its mask. So T16 shows
 * nothing the linked set of either year masks, and masks nothing either year publishes (issue 18, point 4). The
 * evolution is masked when either of its two figures is.
 */
public final class EvolutionPubliee {

    public static final String CODE = "T16";
    private static final String ENSEMBLE = "Ensemble";
    private static final String DECHARGE = Libelles.de("modalite", "DECHARGE");

    /** A headline figure: the table, row and column of the report where it is published. */
    private record Source(String indicateur, String tableau, String ligne, String colonne) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("Personnels", "T01", ENSEMBLE, "Effectif"),
            new Source("Bénéficiaires d'au moins une mission", "T01", ENSEMBLE, "Bénéficiaires"),
            new Source("Part des bénéficiaires (%)", "T01", ENSEMBLE, "Part (%)"),
            new Source("Bénéficiaires du Pacte", "T01", ENSEMBLE, "Bénéficiaires Pacte"),
            new Source("Bénéficiaires d'une IMP", "T01", ENSEMBLE, "Bénéficiaires IMP"),
            new Source("Missions", "T08", ENSEMBLE, "Missions"),
            new Source("Parts du Pacte", "T08", ENSEMBLE, "Parts"),
            new Source("Missions IMP", "T09", ENSEMBLE, "Missions IMP"),
            new Source("Missions IMP en décharge", "T09", DECHARGE, "Missions IMP"),
            new Source("Part des missions IMP en décharge (%)", "T09", DECHARGE, "Part des missions IMP (%)"),
            new Source("Montant engagé (€)", "T10", ENSEMBLE, "Montant engagé (€)"),
            new Source("Montant d'IMP perçu (€)", "T12", ENSEMBLE, "Montant perçu (€)"),
            new Source("Personnels ayant signé leur lettre de mission", "T17", ENSEMBLE, "Lettre signée"));

    /** A cell read from a published table: its value (null when not shown) and whether it is masked. */
    private record Cellule(BigDecimal valeur, boolean masquee) {
        static final Cellule SANS_OBJET = new Cellule(null, false);
    }

    private EvolutionPubliee() {
    }

    /**
     * T16 of one version of the report.
     *
     * @param annee       campaign N
     * @param precedente  campaign N-1, null when it is not loaded
     * @param n           the other tables of this version of N's report, already masked
     * @param nMoins1     the same version of N-1's report, already masked; null when N-1 is not loaded or has no such
     *                    slice (a département or nature absent that year): its column is then "—"
     */
    public static TableauStatistique tableau(String annee, String precedente, List<TableauStatistique> n,
            List<TableauStatistique> nMoins1) {
        List<Colonne> colonnes = new ArrayList<>();
        if (precedente != null) {
            colonnes.add(Colonne.simple(precedente, Colonne.Format.DECIMAL));
        }
        colonnes.add(Colonne.simple(annee, Colonne.Format.DECIMAL));
        if (precedente != null) {
            colonnes.add(Colonne.derivee("Évolution (%)", Colonne.Format.TAUX, 0, 1));
        }
        List<LigneStatistique> lignes = new ArrayList<>();
        for (Source s : SOURCES) {
            Cellule vn = lire(n, s);
            if (precedente == null) {
                lignes.add(ligne(s.indicateur(), List.of(vn)));
            } else {
                Cellule vp = nMoins1 == null ? Cellule.SANS_OBJET : lire(nMoins1, s);
                lignes.add(ligne(s.indicateur(), List.of(vp, vn, evolution(vp, vn))));
            }
        }
        String definition = "Chaque chiffre est celui d'un autre tableau du rapport (même population, même filtre) : "
                + "personnels et bénéficiaires de T01, missions et parts de T08, missions IMP et décharges de T09, "
                + "montant engagé de T10, montant d'IMP perçu de T12, lettres signées de T17 ; il y est masqué ou publié "
                + "de la même façon, et l'évolution est masquée si l'un de ses deux chiffres l'est.";
        return new TableauStatistique(CODE, "Évolution par rapport à la campagne précédente",
                precedente == null ? "La campagne précédente n'est pas chargée dans l'entrepôt. " + definition
                        : "Évolution : (N − N-1) / N-1, en pourcentage ; « — » (sans objet) quand la valeur de N-1 "
                        + "est nulle ou non définie, ou que la campagne précédente n'a pas d'établissement pour ce "
                        + "filtre. " + definition, "Indicateur", colonnes, lignes);
    }

    private static Cellule evolution(Cellule vp, Cellule vn) {
        if (vp.masquee() || vn.masquee()) {
            return new Cellule(null, true);
        }
        if (vp.valeur() == null || vp.valeur().signum() == 0 || vn.valeur() == null) {
            return Cellule.SANS_OBJET;
        }
        return new Cellule(vn.valeur().subtract(vp.valeur()).multiply(BigDecimal.valueOf(100))
                .divide(vp.valeur(), 1, RoundingMode.HALF_UP), false);
    }

    private static LigneStatistique ligne(String libelle, List<Cellule> cellules) {
        List<BigDecimal> valeurs = new ArrayList<>();
        Set<Integer> sansObjet = new HashSet<>();
        for (int c = 0; c < cellules.size(); c++) {
            valeurs.add(cellules.get(c).valeur());
            if (cellules.get(c).valeur() == null && !cellules.get(c).masquee()) {
                sansObjet.add(c);
            }
        }
        return new LigneStatistique(libelle, valeurs, false, sansObjet);
    }

    /**
     * The source cell. A row the table lacks has no fact (the report's rule: an absent row is 0), so a count is 0 and
     * a rate is not defined; a table the report lacks cannot happen (same tables in every version).
     */
    private static Cellule lire(List<TableauStatistique> tableaux, Source s) {
        TableauStatistique t = tableaux.stream().filter(x -> x.code().equals(s.tableau())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Tableau " + s.tableau() + " absent du rapport"));
        int c = t.colonnes().stream().map(Colonne::libelle).toList().indexOf(s.colonne());
        if (c < 0) {
            throw new IllegalStateException(s.tableau() + " : colonne " + s.colonne() + " absente");
        }
        return t.lignes().stream().filter(l -> l.libelle().equals(s.ligne())).findFirst()
                .map(l -> new Cellule(l.valeurs().get(c), l.masquee(c)))
                .orElseGet(() -> t.colonnes().get(c).additive() ? new Cellule(BigDecimal.ZERO, false) : Cellule.SANS_OBJET);
    }
}
