package fr.pacte.commun;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * The one refusal type of every module: a French message, the field it is about (or null) and what kind of refusal it
 * is. The web layer has one mapper for it, so every entry point answers a refusal alike. A module's exception extends
 * it only to be caught by name; it adds no rule. Being an application exception (inherited), it reaches the caller as
 * thrown and rolls the transaction back: a refused request writes nothing.
 */
@ApplicationException(rollback = true)
public abstract class Refus extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the caller did wrong, hence the HTTP status of the answer. */
    public enum Motif {
        /** A rule of the domain refuses the request (422). */
        REGLE(422),
        /** The request conflicts with the current state (409). */
        CONFLIT(409),
        /** Outside the caller's scope or role (403). */
        ACCES(403),
        /** What the request names does not exist (404). */
        INTROUVABLE(404);

        private final int statut;

        Motif(int statut) {
            this.statut = statut;
        }

        public int statut() {
            return statut;
        }
    }

    private final Motif motif;
    private final String champ;

    protected Refus(Motif motif, String champ, String message) {
        super(message);
        this.motif = motif;
        this.champ = champ;
    }

    public Motif motif() {
        return motif;
    }

    /** The field (form field, JSON property or column) the refusal is about, or null when it is about the whole. */
    public String champ() {
        return champ;
    }

    /** The refusals one by one, when the request held several (lines of a file, rules of an attribution), or null. */
    public List<?> erreurs() {
        return null;
    }

    /** The current values the caller should start again from (a conflict), or null. */
    public Object actuelle() {
        return null;
    }
}
