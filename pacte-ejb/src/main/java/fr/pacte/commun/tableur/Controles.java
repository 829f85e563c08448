package fr.pacte.commun.tableur;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Collects the errors of a file while its lines are checked one by one, so that the user gets every error
 * in one go. Hostile-looking text ({@code <script>}, {@code =cmd|…}) is not an error: it is kept as text and
 * escaped where it is displayed or exported.
 */
public final class Controles {

    /** Beyond this, errors are only counted: a wholly wrong 200 000-line file would otherwise flood memory. */
    public static final int MAX_ERREURS_DETAILLEES = 10_000;

    private final List<ErreurImport> erreurs = new ArrayList<>();
    private final Map<String, Map<String, Integer>> premieresOccurrences = new HashMap<>();
    private int nonDetaillees;
    private int premiereLigneNonDetaillee;

    public void signaler(int ligne, String colonne, String regle) {
        if (erreurs.size() < MAX_ERREURS_DETAILLEES) {
            erreurs.add(new ErreurImport(ligne, colonne, regle));
        } else if (nonDetaillees++ == 0) {
            premiereLigneNonDetaillee = ligne;
        }
    }

    /** Number of errors so far: compare before and after a line to know whether that line is valid. */
    public int nombre() {
        return erreurs.size() + nonDetaillees;
    }

    public List<ErreurImport> erreurs() {
        List<ErreurImport> toutes = new ArrayList<>(erreurs);
        if (nonDetaillees > 0) {
            toutes.add(new ErreurImport(premiereLigneNonDetaillee, null,
                    "… et " + nonDetaillees + " autre(s) erreur(s) non détaillée(s) à partir de cette ligne"));
        }
        return List.copyOf(toutes);
    }

    /** Required single-line text: inner line breaks and runs of spaces become one space. "" if in error. */
    public String obligatoire(Ligne ligne, String colonne, int longueurMax) {
        String v = Texte.uneLigne(ligne.valeur(colonne));
        if (v.isEmpty()) {
            signaler(ligne.numero(), colonne, "valeur obligatoire absente");
            return "";
        }
        return longueurAdmise(ligne, colonne, v, longueurMax) ? v : "";
    }

    /** Optional single-line text, "" when absent or in error. */
    public String facultatif(Ligne ligne, String colonne, int longueurMax) {
        String v = Texte.uneLigne(ligne.valeur(colonne));
        return longueurAdmise(ligne, colonne, v, longueurMax) ? v : "";
    }

    /**
     * A constant of the enum, matched on its name ignoring case; null (and an error) otherwise.
     *
     * @param libelle what the value is, for the message: "nature inconnue", "secteur inconnu"…
     */
    public <E extends Enum<E>> E parmi(Ligne ligne, String colonne, Class<E> type, String libelle) {
        String v = ligne.valeur(colonne);
        for (E constante : type.getEnumConstants()) {
            if (constante.name().equalsIgnoreCase(v)) {
                return constante;
            }
        }
        String admises = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        signaler(ligne.numero(), colonne, v.isEmpty()
                ? "valeur obligatoire absente (valeurs admises : " + admises + ")"
                : libelle + " : " + Texte.extrait(v) + " (valeurs admises : " + admises + ")");
        return null;
    }

    /**
     * Records the key of a line and reports it if an earlier line of the file had the same one.
     *
     * @param cle     already normalised key (blank keys are ignored: their own error is reported elsewhere)
     * @param libelle what the key is, for the message: "UAI", "code", "identifiant"
     * @return true for the first occurrence
     */
    public boolean premiereOccurrence(Ligne ligne, String colonne, String cle, String libelle) {
        if (cle == null || cle.isBlank()) {
            return true;
        }
        Integer premiere = premieresOccurrences.computeIfAbsent(colonne, c -> new HashMap<>())
                .putIfAbsent(cle, ligne.numero());
        if (premiere == null) {
            return true;
        }
        signaler(ligne.numero(), colonne, libelle + " en double : " + Texte.extrait(cle)
                + " (déjà à la ligne " + premiere + ")");
        return false;
    }

    /** The value as it should appear inside an error message (shortened when very long). */
    public static String extrait(String valeur) {
        return Texte.extrait(valeur);
    }

    private boolean longueurAdmise(Ligne ligne, String colonne, String v, int longueurMax) {
        int longueur = Texte.longueur(v);
        if (longueur <= longueurMax) {
            return true;
        }
        signaler(ligne.numero(), colonne, String.format(Locale.FRANCE,
                "texte trop long : %d caractères pour %d au maximum (%s)", longueur, longueurMax, Texte.extrait(v)));
        return false;
    }
}
