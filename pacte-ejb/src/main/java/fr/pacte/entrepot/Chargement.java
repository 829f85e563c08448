package fr.pacte.entrepot;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A load of the warehouse asked by an analyst: its parameters, its progress and how it ended. */
public record Chargement(long id, String annees, String demandePar, OffsetDateTime demandeLe, Long executionId,
        String statut, int unitesTotal, int unitesFaites, OffsetDateTime termineLe, String message)
        implements Serializable {

    public static final String EN_COURS = "EN_COURS";
    public static final String TERMINE = "TERMINE";
    public static final String ARRETE = "ARRETE";
    public static final String ECHEC = "ECHEC";
    /** Not stored: a load still running in the tables whose node has gone silent (crash, kill, network). */
    public static final String INTERROMPU = "INTERROMPU";

    public int pourcentage() {
        return unitesTotal == 0 ? 0 : Math.min(100, unitesFaites * 100 / unitesTotal);
    }

    public boolean enCours() {
        return "DEMANDE".equals(statut) || EN_COURS.equals(statut);
    }

    public boolean reprenable() {
        return ARRETE.equals(statut) || ECHEC.equals(statut) || INTERROMPU.equals(statut);
    }

    /** The same load seen as interrupted: its server stopped while it ran, it resumes from its last checkpoint. */
    public Chargement interrompu() {
        return new Chargement(id, annees, demandePar, demandeLe, executionId, INTERROMPU, unitesTotal, unitesFaites,
                termineLe, "Exécution " + executionId + " interrompue : le serveur qui la menait ne donne plus signe de vie.");
    }
}
