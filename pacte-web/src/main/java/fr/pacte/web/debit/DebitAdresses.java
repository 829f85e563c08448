package fr.pacte.web.debit;

import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Failed logins per source address, whatever the login tried (password spraying): from a number of failures within
 * the window, each attempt of the address waits longer; at the threshold the address is locked, and its attempts are
 * refused before any password is checked, until the lock ends. The window runs from the address's first failure; an
 * address is forgotten once its window or its lock is over. In memory, per node, bounded ({@link TableBornee}).
 */
final class DebitAdresses {

    /** What an attempt from an address gets: refused for so long, or made to wait so long, or neither. */
    record Decision(long refusMs, long delaiMs) {
        static final Decision LIBRE = new Decision(0, 0);
    }

    /** The last logins tried from a locked address, named in the journal (an attack's targets). */
    private static final int IDENTIFIANTS_RETENUS = 5;
    private static final int IDENTIFIANT_MAX = 60;

    private static final class Suivi {
        long debut;
        int echecs;
        long verrouJusqua;
        final ArrayDeque<String> identifiants = new ArrayDeque<>(IDENTIFIANTS_RETENUS);
    }

    private final ReglageDebit reglage;
    private final TableBornee<Suivi> suivis;

    DebitAdresses(ReglageDebit reglage) {
        this.reglage = reglage;
        this.suivis = new TableBornee<>(reglage.entreesMax());
    }

    synchronized Decision avant(String adresse, long maintenant) {
        Suivi s = courant(adresse, maintenant);
        if (s == null) {
            return Decision.LIBRE;
        }
        if (s.verrouJusqua > maintenant) {
            return new Decision(s.verrouJusqua - maintenant, 0);
        }
        return new Decision(0, reglage.delaiApres(s.echecs));
    }

    /** Counts a failed attempt (login null if none could be read); the journal's reason when it locks the address now. */
    synchronized Optional<String> echec(String adresse, String identifiant, long maintenant) {
        Suivi s = courant(adresse, maintenant);
        if (s == null) {
            s = new Suivi();
            s.debut = maintenant;
            suivis.put(adresse, s);
        }
        if (s.verrouJusqua > maintenant) {
            return Optional.empty(); // an attempt already under way when the address was locked
        }
        s.echecs++;
        retenir(s, identifiant);
        if (s.echecs < reglage.echecsAdresse()) {
            return Optional.empty();
        }
        s.verrouJusqua = maintenant + reglage.verrouAdresseMs();
        return Optional.of("Adresse " + adresse + " : " + s.echecs + " échecs de connexion en "
                + ReglageDebit.duree(maintenant - s.debut) + " (derniers identifiants essayés : "
                + String.join(", ", s.identifiants) + ") ; ses tentatives de connexion sont refusées pendant "
                + ReglageDebit.duree(reglage.verrouAdresseMs()) + ".");
    }

    /** The address's record; null, and forgotten, once its window or its lock is over. */
    private Suivi courant(String adresse, long maintenant) {
        Suivi s = suivis.get(adresse);
        if (s == null) {
            return null;
        }
        boolean fini = s.verrouJusqua != 0 ? s.verrouJusqua <= maintenant
                : maintenant - s.debut >= reglage.fenetreAdresseMs();
        if (fini) {
            suivis.remove(adresse);
            return null;
        }
        return s;
    }

    private static void retenir(Suivi s, String identifiant) {
        if (identifiant == null || identifiant.isBlank()) {
            return;
        }
        String coupe = identifiant.length() > IDENTIFIANT_MAX ? identifiant.substring(0, IDENTIFIANT_MAX) : identifiant;
        s.identifiants.remove(coupe);
        if (s.identifiants.size() == IDENTIFIANTS_RETENUS) {
            s.identifiants.removeFirst();
        }
        s.identifiants.addLast(coupe);
    }

    synchronized int taille() {
        return suivis.size();
    }
}
