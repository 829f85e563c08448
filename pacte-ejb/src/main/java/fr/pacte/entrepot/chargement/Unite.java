package fr.pacte.entrepot.chargement;

import java.io.Serializable;

/**
 * A unit of work of the load, committed with its checkpoint: the dimensions of a campaign ({@code departement} null),
 * or everything of one département for a campaign. Each unit replaces its partition, so redoing it changes nothing.
 */
/** {@code rang} is the unit's position in the load, from 0: the checkpoint is the rank of the next unit. */
public record Unite(int rang, String annee, String departement) implements Serializable {

    public boolean estDimensions() {
        return departement == null;
    }

    public String libelle() {
        return annee + (estDimensions() ? " dimensions" : " département " + departement);
    }
}
