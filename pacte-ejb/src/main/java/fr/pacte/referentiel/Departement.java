package fr.pacte.referentiel;

import java.io.Serializable;
/** A département of the académie; its code is the UAI prefix (038, 620 for 2A, 971…). */
public record Departement(String code, String libelle) implements Serializable {
}
