package fr.pacte.entrepot;

import fr.pacte.entrepot.secret.Equation;
import fr.pacte.entrepot.secret.SecretStatistique;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A statistical table before publication: values (null where undefined) and the number of persons behind each cell.
 * {@link #publier(int)} applies the secret to the additive relations the table shows (each additive column adds up to
 * the total row and, when declared, some columns add up to a total column) and returns the masked table.
 */
public final class Grille {

    private final String code;
    private final String titre;
    private final String definition;
    private final String libelleLignes;
    private final List<Colonne> colonnes;
    private final List<String> libelles = new ArrayList<>();
    private final List<BigDecimal[]> valeurs = new ArrayList<>();
    private final List<long[]> personnes = new ArrayList<>();
    private boolean avecTotal;
    private int[] sommees = new int[0];
    private int colonneTotal = -1;

    public Grille(String code, String titre, String definition, String libelleLignes, List<Colonne> colonnes) {
        this.code = code;
        this.titre = titre;
        this.definition = definition;
        this.libelleLignes = libelleLignes;
        this.colonnes = List.copyOf(colonnes);
    }

    public Grille ligne(String libelle, BigDecimal[] v, long[] p) {
        if (avecTotal) {
            throw new IllegalStateException("La ligne de total est la dernière");
        }
        return ajouter(libelle, v, p);
    }

    /** The total row, last; additive columns add up to it. */
    public Grille total(String libelle, BigDecimal[] v, long[] p) {
        ajouter(libelle, v, p);
        avecTotal = true;
        return this;
    }

    /** Declares that, in every row, the columns {@code sommees} add up to the column {@code total}. */
    public Grille totalColonne(int total, int... colonnesSommees) {
        this.colonneTotal = total;
        this.sommees = colonnesSommees.clone();
        return this;
    }

    public Colonne colonne(int i) {
        return colonnes.get(i);
    }

    public int lignes() {
        return libelles.size();
    }

    private Grille ajouter(String libelle, BigDecimal[] v, long[] p) {
        if (v.length != colonnes.size() || p.length != colonnes.size()) {
            throw new IllegalArgumentException(code + " : " + colonnes.size() + " valeurs attendues pour " + libelle);
        }
        libelles.add(libelle);
        valeurs.add(v.clone());
        personnes.add(p.clone());
        return this;
    }

    /** The additive relations the published table lets a reader write. */
    public List<Equation> equations() {
        int r = libelles.size();
        int nc = colonnes.size();
        List<Equation> eq = new ArrayList<>();
        if (avecTotal && r > 1) {
            for (int c = 0; c < nc; c++) {
                if (colonnes.get(c).additive()) {
                    int col = c;
                    eq.add(new Equation(java.util.stream.IntStream.range(0, r - 1).map(l -> l * nc + col).toArray(),
                            (r - 1) * nc + c));
                }
            }
        }
        if (colonneTotal >= 0) {
            for (int l = 0; l < r; l++) {
                int ligne = l;
                eq.add(new Equation(Arrays.stream(sommees).map(c -> ligne * nc + c).toArray(), l * nc + colonneTotal));
            }
        }
        return eq;
    }

    public long[] personnes() {
        return personnes.stream().flatMapToLong(Arrays::stream).toArray();
    }

    public String code() {
        return code;
    }

    public int nombreColonnes() {
        return colonnes.size();
    }

    /** Persons behind each cell, by row label (the total row under its label, "Ensemble"), in row order. */
    public Map<String, long[]> personnesParLigne() {
        Map<String, long[]> m = new LinkedHashMap<>();
        for (int l = 0; l < libelles.size(); l++) {
            m.put(libelles.get(l), personnes.get(l).clone());
        }
        return m;
    }

    /** Values by row label, before the secret (benchmarks and tests). */
    public Map<String, BigDecimal[]> valeursParLigne() {
        Map<String, BigDecimal[]> m = new LinkedHashMap<>();
        for (int l = 0; l < libelles.size(); l++) {
            m.put(libelles.get(l), valeurs.get(l).clone());
        }
        return m;
    }

    public List<String> libelles() {
        return List.copyOf(libelles);
    }

    /** The table masked on its own (primary then secondary suppression on its own relations). */
    public TableauStatistique publier(int seuil) {
        return publier(SecretStatistique.masquer(personnes(), equations(), seuil));
    }

    /**
     * The table with a mask computed elsewhere (the linked set of the filtered reports, {@code SecretDesRapports}):
     * cells {@code row * columns + col} of this table; a derived column is masked with its sources.
     */
    public TableauStatistique publier(boolean[] masque) {
        int nc = colonnes.size();
        if (masque.length != libelles.size() * nc) {
            throw new IllegalArgumentException(code + " : masque de " + masque.length + " cellules");
        }
        List<LigneStatistique> publiees = new ArrayList<>();
        for (int l = 0; l < libelles.size(); l++) {
            List<BigDecimal> v = new ArrayList<>();
            Set<Integer> sansObjet = new TreeSet<>();
            for (int c = 0; c < nc; c++) {
                boolean cache = masque[l * nc + c];
                for (int s : colonnes.get(c).sources()) {
                    cache |= masque[l * nc + s];
                }
                BigDecimal valeur = valeurs.get(l)[c];
                // undefined (null) and not masked: not applicable; a masked cell stays "s" whatever its value
                if (!cache && valeur == null) {
                    sansObjet.add(c);
                }
                v.add(cache ? null : valeur);
            }
            publiees.add(new LigneStatistique(libelles.get(l), v, avecTotal && l == libelles.size() - 1, sansObjet));
        }
        return new TableauStatistique(code, titre, definition, libelleLignes, colonnes, publiees);
    }
}
