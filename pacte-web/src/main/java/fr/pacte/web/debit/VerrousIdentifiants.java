package fr.pacte.web.debit;

import java.util.Optional;

/**
 * Failed logins per login, counted as Elytron's brute-force wrapper of PacteRealm counts them (same figures, read from
 * its system properties): the failures in a row of a login, known or not, forgotten a while after the last one or at
 * a success; at the threshold the login is locked for the interval. Pacte answers a locked login itself, before the
 * realm (no password checked, a clear message), and journals the lock, which Elytron does not report; Elytron's own
 * lock stays behind it. In memory, per node, bounded ({@link TableBornee}).
 */
final class VerrousIdentifiants {

    private static final class Suivi {
        int echecs;
        long dernier;
        long verrouJusqua;
    }

    private final ReglageDebit reglage;
    private final TableBornee<Suivi> suivis;

    VerrousIdentifiants(ReglageDebit reglage) {
        this.reglage = reglage;
        this.suivis = new TableBornee<>(reglage.entreesMax());
    }

    /** How long the login stays locked (0: it is not). */
    synchronized long verrou(String identifiant, long maintenant) {
        Suivi s = courant(identifiant, maintenant);
        return s == null || s.verrouJusqua <= maintenant ? 0 : s.verrouJusqua - maintenant;
    }

    /** Counts a failure; the journal's reason when it locks the login now. */
    synchronized Optional<String> echec(String identifiant, String adresse, long maintenant) {
        if (!reglage.identifiants()) {
            return Optional.empty();
        }
        Suivi s = courant(identifiant, maintenant);
        if (s == null) {
            s = new Suivi();
            suivis.put(identifiant, s);
        }
        boolean dejaVerrouille = s.verrouJusqua > maintenant;
        s.echecs++;
        s.dernier = maintenant;
        if (s.echecs < reglage.echecsIdentifiant()) {
            return Optional.empty();
        }
        // as Elytron: every failure from the threshold on locks again for the whole interval
        s.verrouJusqua = maintenant + reglage.verrouIdentifiantMs();
        return dejaVerrouille ? Optional.empty() : Optional.of(s.echecs + " échecs de connexion de suite (le dernier depuis "
                + adresse + ") ; l'identifiant est refusé pendant " + ReglageDebit.duree(reglage.verrouIdentifiantMs()) + ".");
    }

    synchronized void succes(String identifiant) {
        suivis.remove(identifiant);
    }

    /** The login's record; null, and forgotten, once its lock is over and its last failure old enough (as Elytron). */
    private Suivi courant(String identifiant, long maintenant) {
        Suivi s = suivis.get(identifiant);
        if (s != null && s.verrouJusqua <= maintenant && maintenant - s.dernier >= reglage.sessionIdentifiantMs()) {
            suivis.remove(identifiant);
            return null;
        }
        return s;
    }

    synchronized int taille() {
        return suivis.size();
    }
}
