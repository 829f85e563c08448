package fr.pacte.demande;

import java.io.Serializable;
import java.time.OffsetDateTime;

public record EtapeVue(EtatDemande etat, OffsetDateTime date, String auteur, String commentaire) implements Serializable {
}
