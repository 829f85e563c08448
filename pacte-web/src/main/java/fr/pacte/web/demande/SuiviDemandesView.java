package fr.pacte.web.demande;

import fr.pacte.demande.DemandeService;
import fr.pacte.demande.DemandeVue;
import fr.pacte.demande.SyntheseDemandes;
import fr.pacte.demande.TotalDemandes;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;

/**
 * The rectorat's follow-up: every request of the académie, filtered, and per département and kind how many were
 * filed, how many wait, how much was asked and granted, with the académie's totals per kind.
 */
@Named
@ViewScoped
public class SuiviDemandesView implements Serializable {

    private static final String TABLE = "liste:demandes";

    @Inject
    private DemandeService demandes;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private List<String> annees = List.of();
    private List<Departement> departements = List.of();
    private final CriteresDemandes criteres = new CriteresDemandes();
    private ModelePagine<DemandeVue> modele;
    private List<SyntheseDemandes> synthese = List.of();
    private List<TotalDemandes> totaux = List.of();
    private final FicheDemande fiche = new FicheDemande();

    @PostConstruct
    void initialiser() {
        autorise = securite.utilisateurCourant().role() == Role.RECTORAT;
        if (!autorise) {
            return;
        }
        annees = referentiel.campagnes().stream().map(Campagne::getAnneeScolaire).toList();
        departements = referentiel.departements();
        Campagne ouverte = referentiel.campagneOuverte();
        criteres.setAnnee(ouverte == null ? null : ouverte.getAnneeScolaire());
        modele = new ModelePagine<>((tri, asc, page, taille) -> demandes.demandes(criteres.filtre(), page, taille),
                d -> String.valueOf(d.id()));
        lireSynthese();
    }

    private void lireSynthese() {
        synthese = criteres.getAnnee() == null ? List.of() : demandes.synthese(criteres.getAnnee());
        totaux = TotalDemandes.parNature(synthese);
    }

    public void filtrer() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The campaign changes the totals too. */
    public void changerAnnee() {
        filtrer();
        lireSynthese();
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

    public String libelleDepartement(String code) {
        return departements.stream().filter(d -> d.getCode().equals(code)).map(d -> code + " – " + d.getLibelle())
                .findFirst().orElse(code);
    }

    public boolean isAutorise() {
        return autorise;
    }

    public List<String> getAnnees() {
        return annees;
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public CriteresDemandes getCriteres() {
        return criteres;
    }

    public ModelePagine<DemandeVue> getModele() {
        return modele;
    }

    public List<SyntheseDemandes> getSynthese() {
        return synthese;
    }

    public List<TotalDemandes> getTotaux() {
        return totaux;
    }

    public FicheDemande getFiche() {
        return fiche;
    }
}
