package fr.pacte.lettre;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The current version of a personnel's letter in an établissement for a campaign, as lists show it. */
public record LettreVue(String anneeScolaire, String uai, String denomination, String identifiant, String civilite,
                        String nom, String prenom, int nombreMissions, EtatLettre etat, int numero,
                        OffsetDateTime signeeLe, OffsetDateTime accepteeLe, boolean accepteeParChef) implements Serializable {
}
