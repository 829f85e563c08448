package fr.pacte.web.demande;

import fr.pacte.demande.DemandeService;
import fr.pacte.demande.DemandeVue;
import fr.pacte.demande.DetailDemande;
import fr.pacte.demande.EtapeVue;
import fr.pacte.demande.EtatDemande;
import fr.pacte.dotation.LigneDotation;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The request open beside a list: its steps, the établissement's envelope, the reserve and the past requests
 * (as {@link DemandeService#detail} gives them), and the decision being typed by the DASEN.
 */
public class FicheDemande implements Serializable {

    private DetailDemande detail;
    private String denomination;
    private BigDecimal quantiteAccordee;
    private String motif;

    /** Opens a request of a list, whose row knows the établissement's name (the detail does not give it). */
    public void ouvrir(DemandeService service, DemandeVue ligne) {
        ouvrir(service, ligne.id());
        if (denomination == null) {
            denomination = ligne.denomination();
        }
    }

    /** Opens a request; the granted quantity starts at the quantity asked. */
    public void ouvrir(DemandeService service, long id) {
        boolean autre = detail == null || detail.demande().id() != id;
        detail = service.detail(id);
        if (autre || detail.demande().denomination() != null) {
            denomination = detail.demande().denomination();
        }
        quantiteAccordee = detail.demande().quantite();
        motif = null;
    }

    /** Reads the open request again after an action; the typed decision starts afresh. */
    public void recharger(DemandeService service) {
        if (detail != null) {
            ouvrir(service, detail.demande().id());
        }
    }

    public static StreamedContent pieceJointe(DemandeService service, DemandeVue demande) {
        byte[] contenu = service.pieceJointe(demande.id());
        return DefaultStreamedContent.builder()
                .name(demande.pieceJointe())
                .contentType("application/pdf")
                .contentLength((long) contenu.length)
                .stream(() -> new ByteArrayInputStream(contenu))
                .build();
    }

    public boolean isOuverte() {
        return detail != null;
    }

    public String getDenomination() {
        return denomination;
    }

    public Long getId() {
        return detail == null ? null : detail.demande().id();
    }

    public DemandeVue getDemande() {
        return detail == null ? null : detail.demande();
    }

    /** Not yet decided nor withdrawn: the DASEN may still decide it. */
    public boolean isEnAttente() {
        EtatDemande e = detail == null ? null : detail.demande().etat();
        return e == EtatDemande.DEPOSEE || e == EtatDemande.EN_INSTRUCTION;
    }

    public boolean isDeposee() {
        return detail != null && detail.demande().etat() == EtatDemande.DEPOSEE;
    }

    public List<EtapeVue> getEtapes() {
        return detail == null ? List.of() : detail.etapes();
    }

    public LigneDotation getEnveloppe() {
        return detail == null ? null : detail.enveloppe();
    }

    public BigDecimal getResteReserve() {
        return detail == null ? null : detail.resteReserve();
    }

    public List<DemandeVue> getPrecedentes() {
        return detail == null ? List.of() : detail.precedentes();
    }

    public BigDecimal getQuantiteAccordee() {
        return quantiteAccordee;
    }

    public void setQuantiteAccordee(BigDecimal quantiteAccordee) {
        this.quantiteAccordee = quantiteAccordee;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }
}
