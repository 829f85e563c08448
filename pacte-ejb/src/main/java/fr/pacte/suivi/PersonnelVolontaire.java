package fr.pacte.suivi;

import java.io.Serializable;
/** A personnel of the établissement and whether he volunteered for missions this campaign. */
public record PersonnelVolontaire(String identifiant, String civilite, String nom, String prenom, String corps,
                                  String discipline, boolean volontaire) implements Serializable {
}
