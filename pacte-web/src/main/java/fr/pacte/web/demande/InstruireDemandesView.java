package fr.pacte.web.demande;

import fr.pacte.demande.Decision;
import fr.pacte.demande.DemandeVue;
import fr.pacte.securite.Role;
import fr.pacte.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The DASEN's inbox: his département's requests, filtered; the one he opens shown beside the list with the
 * établissement's envelope, the reserve and the past requests; one decision at a time or on a selection.
 */
@Named
@ViewScoped
public class InstruireDemandesView extends EcranDemandes {

    private List<DemandeVue> selection = new ArrayList<>();
    private boolean refusEnMasse;
    private String motifEnMasse;

    @PostConstruct
    void initialiser() {
        if (preparer(securite.utilisateurCourant().instruitLesDemandes())) {
            demandes.marquerNotificationsLues();
        }
    }

    /** A new criterion brings the user back to the first page, and forgets a selection he can no longer see. */
    @Override
    public void filtrer() {
        selection = new ArrayList<>();
        super.filtrer();
    }

    public void changerAnnee() {
        filtrer();
    }


    public void instruire() {
        Long id = fiche.getId();
        if (id != null && Actions.executer("Instruction impossible", () -> demandes.instruire(id))) {
            Messages.info("Demande n°" + id + " en instruction", "L'établissement voit que sa demande est à l'étude.");
            fiche.recharger(demandes);
        }
    }

    public void decider() {
        Long id = fiche.getId();
        if (id == null) {
            return;
        }
        DemandeVue[] decidee = new DemandeVue[1];
        if (Actions.executer("Décision non enregistrée",
                () -> decidee[0] = demandes.decider(new Decision(id, fiche.getQuantiteAccordee(), fiche.getMotif())))) {
            Messages.info("Demande n°" + id + " : " + decidee[0].etat().libelle().toLowerCase(),
                    "L'établissement en est averti" + (decidee[0].quantiteAccordee().signum() > 0
                            ? " et son enveloppe est mise à jour." : "."));
            fiche.recharger(demandes);
        }
    }

    /** The same decision for every selected request: all that was asked, or a refusal with one reason. */
    public void deciderSelection() {
        if (selection == null || selection.isEmpty()) {
            Messages.erreur("Aucune demande sélectionnée", "Cochez les demandes à décider.");
            return;
        }
        List<Decision> decisions = selection.stream().map(d -> new Decision(d.id(),
                refusEnMasse ? BigDecimal.ZERO : d.quantite(), motifEnMasse)).toList();
        if (Actions.executer("Aucune décision enregistrée", () -> demandes.deciderEnMasse(decisions))) {
            Messages.info(decisions.size() + " demande(s) " + (refusEnMasse ? "refusée(s)" : "acceptée(s)"),
                    "Les établissements en sont avertis.");
            selection = new ArrayList<>();
            motifEnMasse = null;
            fiche.recharger(demandes);
        }
    }

    public List<DemandeVue> getSelection() {
        return selection;
    }

    public void setSelection(List<DemandeVue> selection) {
        this.selection = selection;
    }

    public boolean isRefusEnMasse() {
        return refusEnMasse;
    }

    public void setRefusEnMasse(boolean refusEnMasse) {
        this.refusEnMasse = refusEnMasse;
    }

    public String getMotifEnMasse() {
        return motifEnMasse;
    }

    public void setMotifEnMasse(String motifEnMasse) {
        this.motifEnMasse = motifEnMasse;
    }
}
