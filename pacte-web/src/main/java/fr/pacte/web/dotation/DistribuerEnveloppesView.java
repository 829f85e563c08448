package fr.pacte.web.dotation;

import fr.pacte.commun.Page;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.FiltreDotations;
import fr.pacte.dotation.RegleDotationException;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.Messages;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The distribution screen: the campaign, the filtered lazy table of envelopes, and the publication. Inline
 * edits of a cell go from the page to the dotation API (resources/js/dotations.js): a Faces postback of this view
 * would cost many times the edit itself (pacte-ear/BENCHMARK.md). Formula, totals, bulk actions, files and history have their own beans on the same view.
 */
@Named
@ViewScoped
public class DistribuerEnveloppesView implements Serializable {

    static final String TABLE = "formulaire:lignes";

    /** A campaign in the selector. */
    public record Choix(String annee, String libelle) implements Serializable {
    }

    @Inject
    private DotationService dotations;
    @Inject
    private ReferentielService referentiel;
    @Inject
    private SecuriteService securite;
    @Inject
    private TotauxDotationView totaux;

    private Role role;
    private List<Choix> campagnes;
    private List<Departement> departements;
    private String annee;
    private BigDecimal montantPart;
    private OffsetDateTime publication;
    private ModelePagine<LigneVue> modele;
    private Map<String, BigDecimal[]> propositions = Map.of();

    private final CriteresDotations criteres = new CriteresDotations();
    private String motif;

    @PostConstruct
    void initialiser() {
        role = securite.utilisateurCourant().role();
        campagnes = referentiel.campagnes().stream()
                .map(c -> new Choix(c.anneeScolaire(), c.anneeScolaire() + " – " + statut(c.statut()))).toList();
        departements = referentiel.departements();
        Campagne ouverte = referentiel.campagneOuverte();
        annee = ouverte != null ? ouverte.anneeScolaire() : campagnes.isEmpty() ? null : campagnes.get(0).annee();
        modele = new ModelePagine<>((tri, asc, page, taille) -> {
            var lignes = dotations.lignes(annee, filtre(tri, asc), page, taille);
            return new Page<>(lignes.elements().stream()
                    .map(l -> new LigneVue(l, propositions.get(l.uai()))).toList(), lignes.total(), page, taille);
        }, LigneVue::getUai);
        changerCampagne();
    }

    /** Chefs and analysts have nothing to distribute: their home page shows what concerns them. */
    public String verifierAcces() {
        return role == Role.RECTORAT || role == Role.DASEN ? null : "/index.xhtml?faces-redirect=true";
    }

    public void changerCampagne() {
        propositions = Map.of();
        if (annee != null) {
            Campagne c = referentiel.campagne(annee);
            montantPart = c.montantPart();
            publication = dotations.publication(annee);
        }
        totaux.recharger(annee);
        premierePage();
    }

    FiltreDotations filtre(String tri, boolean ascendant) {
        return criteres.filtre(tri, ascendant);
    }

    /** A new criterion brings the user back to the first page of the result. */
    public void premierePage() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null && fc.getViewRoot() != null && fc.getViewRoot().findComponent(TABLE) instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public void reinitialiser() {
        criteres.effacer();
        premierePage();
    }

    public void publier() {
        try {
            dotations.publier(annee);
            publication = dotations.publication(annee);
            Messages.info("Enveloppes publiées", "Les chefs d'établissement et les DASEN voient désormais leurs enveloppes "
                    + annee + ". Toute modification demandera un motif.");
        } catch (RegleDotationException e) {
            Messages.erreur("Publication refusée", e.getMessage());
        }
    }

    /** The simulation's proposals, shown beside each row until the campaign changes or a formula is applied. */
    void proposer(Map<String, BigDecimal[]> parUai) {
        propositions = Map.copyOf(parUai);
    }

    private static String statut(Campagne.Statut s) {
        return switch (s) {
            case PREPARATION -> "en préparation";
            case OUVERTE -> "ouverte";
            case CLOSE -> "close";
        };
    }

    public boolean isModifiable() {
        return role == Role.RECTORAT && annee != null;
    }

    public boolean isPubliee() {
        return publication != null;
    }

    public boolean isSimulee() {
        return !propositions.isEmpty();
    }

    public OffsetDateTime getPublication() {
        return publication;
    }

    public List<Choix> getCampagnes() {
        return campagnes;
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public ModelePagine<LigneVue> getModele() {
        return modele;
    }

    public BigDecimal getMontantPart() {
        return montantPart;
    }

    public Nature[] getNatures() {
        return Nature.values();
    }

    public EducationPrioritaire[] getEducationsPrioritaires() {
        return EducationPrioritaire.values();
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public CriteresDotations getCriteres() {
        return criteres;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }
}
