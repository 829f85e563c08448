package fr.pacte.web.dotation;

import fr.pacte.dotation.ChangementEnveloppe;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.RegleDotationException;
import fr.pacte.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The audit trail of one envelope, opened from its row: who changed it, when, why, from what to what. */
@Named
@ViewScoped
public class HistoriqueEnveloppeView implements Serializable {

    @Inject
    private DotationService dotations;
    @Inject
    private DistribuerEnveloppesView ecran;

    private String uai;
    private String denomination;
    private transient List<ChangementEnveloppe> changements = List.of();

    public void ouvrir(LigneVue ligne) {
        uai = ligne.getUai();
        denomination = ligne.getDenomination();
        try {
            changements = dotations.historique(ecran.getAnnee(), uai);
        } catch (RegleDotationException e) {
            changements = List.of();
            Messages.erreur("Historique indisponible", e.getMessage());
        }
    }

    public String getUai() {
        return uai;
    }

    public String getDenomination() {
        return denomination;
    }

    public List<ChangementEnveloppe> getChangements() {
        return changements == null ? List.of() : changements;
    }
}
