package fr.pacte.demande;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A request as lists and the API show it. {@code version} guards concurrent decisions. */
public record DemandeVue(long id, String anneeScolaire, String uai, String denomination, String departement,
                         NatureDemande nature, BigDecimal quantite, String justification, EtatDemande etat,
                         BigDecimal quantiteAccordee, String motifDecision, OffsetDateTime creeeLe, String creeePar,
                         String pieceJointe, long version) implements Serializable {

    public static DemandeVue de(Demande d, String denomination) {
        return new DemandeVue(d.getId(), d.getAnneeScolaire(), d.getUai(), denomination, d.getDepartement(), d.getNature(),
                d.getQuantite(), d.getJustification(), d.getEtat(), d.getQuantiteAccordee(), d.getMotifDecision(),
                d.getCreeeLe(), d.getCreeePar(), d.getPieceJointeNom(), d.getVersion());
    }
}
