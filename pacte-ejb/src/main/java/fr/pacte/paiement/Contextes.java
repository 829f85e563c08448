package fr.pacte.paiement;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/** Builds the derivation context of a campaign from the référentiel and this module's records. */
@Dependent
public class Contextes {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private ServiceFaitRepository servicesFaits;

    @Inject
    private ExecutionRepository executions;

    /** The first month still open of the campaign (October before any run). */
    public java.time.YearMonth premierOuvert(String annee) {
        return ContexteCampagne.premierOuvert(annee, executions.dernierMoisClos(annee));
    }

    public ContexteCampagne de(String annee) {
        Campagne c = referentiel.campagne(annee);
        return new ContexteCampagne(annee, EntreeTardive.valueOf(c.paiementEntreeTardive()), servicesFaits.attributions(),
                ContexteCampagne.premierOuvert(annee, executions.dernierMoisClos(annee)),
                c.montantPart().multiply(BigDecimal.valueOf(c.plafondPartsVoiePro())));
    }
}
