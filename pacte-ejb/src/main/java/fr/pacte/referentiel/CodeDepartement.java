package fr.pacte.referentiel;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Département code as written in UAIs: 3 digits, 001 to 095 except 020, Corsica as 620 (2A) and 720 (2B),
 * overseas 971 to 974 and 976 (975, Saint-Pierre-et-Miquelon, is not a département of an académie).
 */
public final class CodeDepartement {

    private static final Set<String> VALIDES = Stream.concat(
            IntStream.rangeClosed(1, 95).filter(n -> n != 20).mapToObj(n -> String.format("%03d", n)),
            Stream.of("620", "720", "971", "972", "973", "974", "976"))
            .collect(Collectors.toUnmodifiableSet());

    private CodeDepartement() {
    }

    /** The French reason why this code is invalid, or empty if it is valid. */
    public static Optional<String> erreur(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return Optional.of("code département absent");
        }
        if (VALIDES.contains(c)) {
            return Optional.empty();
        }
        if (!c.matches("[0-9]{3}")) {
            // A spreadsheet turns 075 into 75: say so, it is the usual cause.
            return Optional.of("code département incorrect : " + apercu(c) + " (3 chiffres attendus, par exemple 075 ;"
                    + " un tableur supprime parfois le zéro initial)");
        }
        if (c.equals("020")) {
            return Optional.of("code département incorrect : 020 (la Corse s'écrit 620 pour la Corse-du-Sud"
                    + " et 720 pour la Haute-Corse)");
        }
        return Optional.of("code département inconnu : " + c);
    }

    public static boolean estValide(String code) {
        return erreur(code).isEmpty();
    }

    // A whole paragraph pasted in the cell should not flood the error report.
    private static String apercu(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
