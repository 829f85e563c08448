package fr.pacte.web.demande;

import fr.pacte.demande.DemandeService;
import fr.pacte.demande.DemandeVue;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.ModelePagine;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;

/**
 * What the two pages that list requests share — the DASEN's or IEN's instruction and the rectorat's follow-up: who
 * may open them, the campaign and criteria, the paged list read through the facade, the open request.
 */
public abstract class EcranDemandes implements Serializable {

    private static final String TABLE = "liste:demandes";

    @Inject
    protected DemandeService demandes;

    @Inject
    protected ReferentielService referentiel;

    @Inject
    protected SecuriteService securite;

    protected final CriteresDemandes criteres = new CriteresDemandes();
    protected final FicheDemande fiche = new FicheDemande();
    private boolean autorise;
    private List<String> annees = List.of();
    private ModelePagine<DemandeVue> modele;

    /** @return whether the page may be used; then the campaigns are listed, the open one chosen, the list ready */
    protected boolean preparer(boolean permis) {
        autorise = permis;
        if (!autorise) {
            return false;
        }
        annees = referentiel.campagnes().stream().map(Campagne::anneeScolaire).toList();
        Campagne ouverte = referentiel.campagneOuverte();
        criteres.setAnnee(ouverte == null ? null : ouverte.anneeScolaire());
        modele = new ModelePagine<>((tri, asc, page, taille) -> demandes.demandes(criteres.filtre(), page, taille),
                d -> String.valueOf(d.id()));
        return true;
    }

    /** A new criterion brings the user back to the first page. */
    public void filtrer() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void reinitialiser() {
        criteres.reinitialiser();
        filtrer();
    }

    public void ouvrir(DemandeVue d) {
        Actions.executer("Demande illisible", () -> fiche.ouvrir(demandes, d));
    }

    public StreamedContent telechargerPieceJointe() {
        return FicheDemande.pieceJointe(demandes, fiche.getDemande());
    }

    public boolean isAutorise() {
        return autorise;
    }

    public List<String> getAnnees() {
        return annees;
    }

    public CriteresDemandes getCriteres() {
        return criteres;
    }

    public ModelePagine<DemandeVue> getModele() {
        return modele;
    }

    public FicheDemande getFiche() {
        return fiche;
    }
}
