package fr.pacte.entrepot.exploration;

import fr.pacte.entrepot.SensDesCellules;
import fr.pacte.entrepot.secret.SecretCroise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A pivot before publication, as the warehouse's GROUPING SETS answer it: for each cell (inner, row total, column
 * total, grand total) the value (null: the cell has facts but none the measure applies to) and the distinct persons
 * behind it. A cell absent from the answer has no fact: 0, nobody. {@link #publier} applies the secret.
 */
public final class Croisement {

    private final Question question;
    private final Map<String, Map<String, BigDecimal>> valeurs = new HashMap<>();
    private final Map<String, Map<String, Long>> personnes = new HashMap<>();
    private final TreeSet<String> lignes;
    private final TreeSet<String> colonnes;
    /** Key of a total in the maps: no code of a dimension is null. */
    private static final String TOTAL = "\u0000total";

    public Croisement(Question question) {
        this.question = question;
        this.lignes = new TreeSet<>(ordre(question.lignes()));
        this.colonnes = new TreeSet<>(ordre(question.colonnes()));
    }

    /**
     * Adds a cell of the answer; a null code is a total (the dimension rolled up). A value only appears in the pivot
     * when its margin has it, as in the one-way table of the dimension.
     */
    public Croisement cellule(String ligne, String colonne, BigDecimal valeur, long nombre) {
        String l = ligne == null ? TOTAL : ligne;
        String c = colonne == null ? TOTAL : colonne;
        if (ligne != null && colonne == null) {
            lignes.add(ligne);
        }
        if (ligne == null && colonne != null) {
            colonnes.add(colonne);
        }
        valeurs.computeIfAbsent(l, k -> new HashMap<>()).put(c, valeur);
        personnes.computeIfAbsent(l, k -> new HashMap<>()).put(c, nombre);
        return this;
    }

    /** The order of a dimension's values: the same in every pivot, so a margin is masked the same everywhere. */
    static java.util.Comparator<String> ordre(Dimension d) {
        java.util.Comparator<String> sansObjetALaFin = java.util.Comparator.comparing(String::isEmpty);
        if (d == Dimension.TRANCHE_AGE) {
            return sansObjetALaFin.thenComparing(c -> !c.startsWith("Moins")).thenComparing(c -> c);
        }
        return sansObjetALaFin.thenComparing(c -> c);
    }

    public Question question() {
        return question;
    }

    /** The key of a cell, a null code being a total. */
    private String cle(String ligne, String colonne) {
        Map<Dimension, String> valeurs = new java.util.EnumMap<>(Dimension.class);
        if (ligne != null) {
            valeurs.put(question.lignes(), ligne);
        }
        if (colonne != null) {
            valeurs.put(question.colonnes(), colonne);
        }
        String cle = SensDesCellules.cle(question.mesure(), question.population(), valeurs);
        return cle == null ? "" : cle;
    }

    private boolean[] imposeesMarge(List<String> codes, boolean enLigne, Predicate<String> masqueeAuRapport) {
        boolean[] m = new boolean[codes.size() + 1];
        for (int i = 0; i < codes.size(); i++) {
            m[i] = masqueeAuRapport.test(enLigne ? cle(codes.get(i), null) : cle(null, codes.get(i)));
        }
        m[codes.size()] = masqueeAuRapport.test(cle(null, null));
        return m;
    }

    public List<String> codesLignes() {
        return List.copyOf(lignes);
    }

    public List<String> codesColonnes() {
        return List.copyOf(colonnes);
    }

    /** Persons of the margin of the rows (each value, then the grand total): what {@link SecretCroise#marge} masks. */
    public long[] personnesMargeLignes() {
        return marge(lignes, true);
    }

    public long[] personnesMargeColonnes() {
        return marge(colonnes, false);
    }

    private long[] marge(TreeSet<String> codes, boolean enLigne) {
        long[] p = new long[codes.size() + 1];
        int i = 0;
        for (String code : codes) {
            p[i++] = enLigne ? nombre(code, TOTAL) : nombre(TOTAL, code);
        }
        p[i] = nombre(TOTAL, TOTAL);
        return p;
    }

    private long nombre(String l, String c) {
        return personnes.getOrDefault(l, Map.of()).getOrDefault(c, 0L);
    }

    private boolean presente(String l, String c) {
        return valeurs.getOrDefault(l, Map.of()).containsKey(c);
    }

    /**
     * The inner mask, computed with the dimensions in their declared order whichever is asked as rows, then turned
     * back: a pivot and its transpose publish the same cells (ties of the secondary choice follow cell numbering).
     */
    private boolean[] masque(int r, int nc, long[] interieur, boolean[] margeLignes, boolean[] margeColonnes, int seuil,
            boolean[] imposees) {
        if (question.lignes().ordinal() < question.colonnes().ordinal()) {
            return SecretCroise.interieur(r, nc, interieur, margeLignes, margeColonnes, seuil, imposees);
        }
        long[] transpose = new long[interieur.length];
        boolean[] imposeesT = new boolean[imposees.length];
        for (int l = 0; l < r; l++) {
            for (int c = 0; c < nc; c++) {
                transpose[c * r + l] = interieur[l * nc + c];
                imposeesT[c * r + l] = imposees[l * nc + c];
            }
        }
        boolean[] t = SecretCroise.interieur(nc, r, transpose, margeColonnes, margeLignes, seuil, imposeesT);
        boolean[] m = new boolean[t.length];
        for (int l = 0; l <= r; l++) {
            for (int c = 0; c <= nc; c++) {
                m[l * (nc + 1) + c] = t[c * (r + 1) + l];
            }
        }
        return m;
    }

    public Pivot publier(int seuil) {
        return publier(seuil, cle -> false);
    }

    /**
     * The pivot with the secret; {@code masqueeAuRapport} tells whether the annual report (same campaign and
     * population) masks a cell of that {@link SensDesCellules} key: the pivot masks it too, so that no number the
     * report hides can be read here (issue 18, point 4).
     */
    public Pivot publier(int seuil, Predicate<String> masqueeAuRapport) {
        List<String> ls = codesLignes();
        List<String> cs = codesColonnes();
        int r = ls.size();
        int nc = cs.size();
        long[] interieur = new long[r * nc];
        boolean[] imposees = new boolean[r * nc];
        for (int l = 0; l < r; l++) {
            for (int c = 0; c < nc; c++) {
                interieur[l * nc + c] = nombre(ls.get(l), cs.get(c));
                imposees[l * nc + c] = masqueeAuRapport.test(cle(ls.get(l), cs.get(c)));
            }
        }
        boolean[] margeLignes = SecretCroise.marge(personnesMargeLignes(), seuil, imposeesMarge(ls, true, masqueeAuRapport));
        boolean[] margeColonnes = SecretCroise.marge(personnesMargeColonnes(), seuil, imposeesMarge(cs, false, masqueeAuRapport));
        boolean[] masque = masque(r, nc, interieur, margeLignes, margeColonnes, seuil, imposees);
        List<String> codesL = new ArrayList<>(ls);
        codesL.add(TOTAL);
        List<String> codesC = new ArrayList<>(cs);
        codesC.add(TOTAL);
        List<List<Pivot.Cellule>> cellules = new ArrayList<>();
        for (int l = 0; l <= r; l++) {
            List<Pivot.Cellule> ligne = new ArrayList<>();
            for (int c = 0; c <= nc; c++) {
                String kl = codesL.get(l);
                String kc = codesC.get(c);
                boolean cache = masque[l * (nc + 1) + c];
                BigDecimal v = valeurs.getOrDefault(kl, Map.of()).get(kc);
                // no fact in the cell: 0; facts but none the measure applies to: not applicable ("—")
                boolean sansObjet = !cache && presente(kl, kc) && v == null;
                BigDecimal publiee = cache || sansObjet ? null : v == null ? BigDecimal.ZERO : v;
                ligne.add(new Pivot.Cellule(publiee, cache, sansObjet));
            }
            cellules.add(ligne);
        }
        return new Pivot(question, seuil, ls.stream().map(question.lignes()::libelleValeur).toList(),
                cs.stream().map(question.colonnes()::libelleValeur).toList(), ls, cs, cellules);
    }
}
