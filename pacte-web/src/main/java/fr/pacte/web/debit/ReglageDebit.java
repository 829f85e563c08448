package fr.pacte.web.debit;

import java.util.function.UnaryOperator;

/**
 * The figures of the login throttling, read once at deployment from system properties (README « Brute force »).
 * Per source address: {@code pacte.debit.adresse.echecs} failures within {@code pacte.debit.adresse.fenetre} seconds
 * lock the address for {@code pacte.debit.adresse.verrou} seconds; from {@code pacte.debit.adresse.delai-apres}
 * failures on, each attempt waits {@code pacte.debit.delai} ms, doubled at each further failure, at most
 * {@code pacte.debit.delai-max} ms. Per login, the figures of Elytron's brute-force wrapper of PacteRealm, so that one
 * setting drives both. At most {@code pacte.debit.entrees} addresses and as many logins are followed.
 */
public record ReglageDebit(int echecsAdresse, long fenetreAdresseMs, long verrouAdresseMs, int delaiApres,
                           long delaiMs, long delaiMaxMs, boolean identifiants, int echecsIdentifiant,
                           long verrouIdentifiantMs, long sessionIdentifiantMs, int entreesMax) {

    static final String ELYTRON = "wildfly.elytron.realm.PacteRealm.brute-force.";

    /** Reads the system properties, with the defaults of the README (and Elytron's own for the login). */
    public static ReglageDebit lire(UnaryOperator<String> proprietes) {
        Lecteur l = new Lecteur(proprietes);
        return new ReglageDebit(
                l.entier("pacte.debit.adresse.echecs", 20, 1),
                l.entier("pacte.debit.adresse.fenetre", 300, 1) * 1000L,
                l.entier("pacte.debit.adresse.verrou", 900, 1) * 1000L,
                l.entier("pacte.debit.adresse.delai-apres", 10, 0),
                l.entier("pacte.debit.delai", 250, 0),
                l.entier("pacte.debit.delai-max", 8000, 0),
                !"false".equalsIgnoreCase(proprietes.apply(ELYTRON + "enabled")),
                // Elytron's defaults when unset: 10 attempts, locked 15 minutes, forgotten 30 minutes after the last
                l.entier(ELYTRON + "max-failed-attempts", 10, 1),
                l.entier(ELYTRON + "lockout-interval", 15, 1) * 60_000L,
                l.entier(ELYTRON + "session-timeout", 30, 1) * 60_000L,
                l.entier("pacte.debit.entrees", 10_000, 10));
    }

    /** The wait before an attempt from an address that has failed so many times (0: none). */
    long delaiApres(int echecs) {
        int auDela = echecs - delaiApres;
        if (auDela < 0 || delaiMs == 0) {
            return 0;
        }
        return Math.min(delaiMaxMs, delaiMs << Math.min(auDela, 20));
    }

    /** A duration for people, rounded up: « 15 minutes », « 1 minute », « 5 secondes ». */
    static String duree(long ms) {
        long secondes = Math.max(1, (ms + 999) / 1000);
        if (secondes < 60) {
            return secondes + (secondes == 1 ? " seconde" : " secondes");
        }
        long minutes = (secondes + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private record Lecteur(UnaryOperator<String> proprietes) {

        /** A wrong figure stops the deployment, naming the property: a protection is never silently off. */
        int entier(String nom, int defaut, int minimum) {
            String texte = proprietes.apply(nom);
            if (texte == null || texte.isBlank() || texte.strip().equals("-1")) {
                return defaut;
            }
            try {
                int valeur = Integer.parseInt(texte.strip());
                if (valeur >= minimum) {
                    return valeur;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new IllegalArgumentException(nom + " : entier d'au moins " + minimum + " attendu, « " + texte + " » lu");
        }
    }
}
