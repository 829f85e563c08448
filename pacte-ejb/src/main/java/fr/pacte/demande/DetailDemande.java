package fr.pacte.demande;

import java.io.Serializable;
import fr.pacte.dotation.LigneDotation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the DASEN sees beside a request: its steps, the établissement's envelope and what remains in the
 * département's reserve for it, and the établissement's past requests.
 */
public record DetailDemande(DemandeVue demande, List<EtapeVue> etapes, LigneDotation enveloppe, BigDecimal resteReserve,
                            List<DemandeVue> precedentes) implements Serializable {
}
