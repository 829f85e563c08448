package fr.pacte.web.dotation;

import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.dotation.ReserveDepartement;
import fr.pacte.dotation.TotalDepartement;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Montants;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The home page's dotation block: a chef sees his établissement's envelope of the open campaign once published,
 * a DASEN the totals and the reserve of his département.
 */
@Named
@RequestScoped
public class EnveloppeAccueilView {

    @Inject
    private DotationService dotations;
    @Inject
    private ReferentielService referentiel;
    @Inject
    private SecuriteService securite;

    private String annee;
    private BigDecimal montantPart;
    private OffsetDateTime publication;
    private LigneDotation enveloppe;
    private TotalDepartement totalDepartement;
    private ReserveDepartement reserve;

    @PostConstruct
    void charger() {
        Utilisateur u = securite.utilisateurCourant();
        Campagne c = referentiel.campagneOuverte();
        if (c == null) {
            return;
        }
        annee = c.anneeScolaire();
        montantPart = c.montantPart();
        publication = dotations.publication(annee);
        switch (u.role()) {
            case CHEF_ETABLISSEMENT -> {
                if (publication != null) {
                    enveloppe = dotations.ligne(annee, u.uai());
                }
            }
            case DASEN -> {
                if (publication != null) {
                    totalDepartement = dotations.totaux(annee).stream().findFirst().orElse(null);
                }
                reserve = dotations.reserves(annee).stream().findFirst().orElse(null);
            }
            default -> { }
        }
    }

    public String getAnnee() {
        return annee;
    }

    public boolean isPubliee() {
        return publication != null;
    }

    public OffsetDateTime getPublication() {
        return publication;
    }

    public LigneDotation getEnveloppe() {
        return enveloppe;
    }

    /** Parts are paid at the campaign's amount: what the envelope is worth in euros. */
    public BigDecimal getMontantEnveloppe() {
        return enveloppe == null || montantPart == null ? null : Montants.desParts(enveloppe.parts(), montantPart);
    }

    public TotalDepartement getTotalDepartement() {
        return totalDepartement;
    }

    public ReserveDepartement getReserve() {
        return reserve;
    }
}
