package fr.pacte.securite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules (README « Accounts and SSO »), as the ANSSI recommends for a password alone: at least 12
 * characters and at most 128, three of the four kinds (lower case, upper case, digit, other), not containing the
 * login, different from the current one. Pure rule: no database, no server.
 */
public final class RegleMotDePasse {

    public static final int LONGUEUR_MIN = 12;
    public static final int LONGUEUR_MAX = 128;

    private RegleMotDePasse() {
    }

    /** @return every rule the new password breaks, in French; empty when it is acceptable */
    public static List<String> refus(String login, String actuel, String nouveau) {
        List<String> refus = new ArrayList<>();
        if (nouveau == null || nouveau.length() < LONGUEUR_MIN) {
            refus.add("au moins " + LONGUEUR_MIN + " caractères");
            return refus;
        }
        if (nouveau.length() > LONGUEUR_MAX) {
            refus.add("au plus " + LONGUEUR_MAX + " caractères");
        }
        int sortes = (nouveau.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (nouveau.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (nouveau.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (nouveau.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (sortes < 3) {
            refus.add("trois sortes de caractères parmi minuscules, majuscules, chiffres et autres");
        }
        if (login != null && !login.isBlank()
                && nouveau.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            refus.add("ne pas contenir l'identifiant");
        }
        if (nouveau.equals(actuel)) {
            refus.add("différent du mot de passe actuel");
        }
        return refus;
    }
}
