package fr.pacte.referentiel;

import java.util.Locale;
import java.util.Optional;

/**
 * UAI (ex-RNE) of an établissement: 7 digits then a check letter,
 * {@code "ABCDEFGHJKLMNPRSTUVWXYZ"[(7 digits) mod 23]}. Input is trimmed and upper-cased before checking
 * ({@link #normaliser}): "0750654d " is the valid 0750654D, and should be stored normalised.
 */
public final class Uai {

    private static final String LETTRES = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Uai() {
    }

    /** Trimmed, upper-case form, the one stored and compared. */
    public static String normaliser(String uai) {
        return uai == null ? "" : uai.strip().toUpperCase(Locale.ROOT);
    }

    /** The French reason why this UAI is invalid, or empty if it is valid. */
    public static Optional<String> erreur(String uai) {
        String u = normaliser(uai);
        if (u.isEmpty()) {
            return Optional.of("UAI absent");
        }
        if (u.length() != 8 || !chiffres(u.substring(0, 7)) || u.charAt(7) < 'A' || u.charAt(7) > 'Z') {
            return Optional.of("UAI incorrect : " + apercu(u) + " (7 chiffres suivis d'une lettre attendus)");
        }
        char attendue = lettreCle(u.substring(0, 7));
        if (u.charAt(7) != attendue) {
            return Optional.of("clé UAI incorrecte : " + u + " (lettre attendue " + attendue + ")");
        }
        return Optional.empty();
    }

    public static boolean estValide(String uai) {
        return erreur(uai).isEmpty();
    }

    /** Check letter of the 7 leading digits. */
    public static char lettreCle(String septChiffres) {
        if (septChiffres == null || septChiffres.length() != 7 || !chiffres(septChiffres)) {
            throw new IllegalArgumentException("7 chiffres attendus : " + septChiffres);
        }
        return LETTRES.charAt(Integer.parseInt(septChiffres) % LETTRES.length());
    }

    /** Département code of the UAI: its first three digits (620 = 2A, 720 = 2B, 97x overseas). */
    public static String departement(String uai) {
        String u = normaliser(uai);
        if (u.length() < 3 || !chiffres(u.substring(0, 3))) {
            throw new IllegalArgumentException("UAI incorrect : " + uai);
        }
        return u.substring(0, 3);
    }

    // ASCII digits only: Character.isDigit would accept Arabic-Indic and other digits.
    private static boolean chiffres(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    // A whole paragraph pasted in the cell should not flood the error report.
    private static String apercu(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
