package fr.pacte.web.entrepot;

import fr.pacte.entrepot.CampagneNonChargeeException;
import fr.pacte.entrepot.Chargement;
import fr.pacte.entrepot.Edition;
import fr.pacte.entrepot.EntrepotService;
import fr.pacte.entrepot.FiltreInvalideException;
import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.RapportStatistique;
import fr.pacte.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyst's screen: load the warehouse (campaigns, progress, stop, restart from the last checkpoint), then show
 * and download the annual report (PDF, XLSX, CSV) with its filters. Everything comes from the warehouse, masked.
 */
@Named
@ViewScoped
public class StatistiquesView implements Serializable {

    private static final java.time.ZoneId FUSEAU = java.time.ZoneId.of("Europe/Paris");
    private static final java.time.format.DateTimeFormatter HORODATAGE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    private EntrepotService entrepot;

    @Inject
    private EditionRapport edition;

    private List<String> campagnes;
    private List<String> anneesACharger = new ArrayList<>();
    private Chargement suivi;
    private List<Chargement> chargements;
    private List<String> campagnesChargees;
    private String annee;
    private String departement;
    private String nature;
    private String secteur;

    /** The DEPP's population by default (note 22.33). */
    private String population = Population.DEPP.name();
    private RapportStatistique rapport;

    @PostConstruct
    void init() {
        campagnes = entrepot.campagnes();
        actualiser();
        campagnesChargees = entrepot.campagnesChargees();
        annee = campagnesChargees.isEmpty() ? null : campagnesChargees.get(0);
        suivi = chargements.stream().filter(Chargement::enCours).findFirst().orElse(null);
    }

    public void charger() {
        try {
            suivi = entrepot.charger(anneesACharger, 0);
            Messages.info("Chargement lancé", "Campagnes : " + suivi.annees());
        } catch (CampagneNonChargeeException e) {
            Messages.erreur("Chargement impossible", e.getMessage());
        }
        actualiser();
    }

    public void arreter(long id) {
        suivi = entrepot.arreter(id);
        actualiser();
    }

    public void reprendre(long id) {
        try {
            suivi = entrepot.reprendre(id);
            Messages.info("Chargement repris", "Il reprend après sa dernière unité enregistrée.");
        } catch (CampagneNonChargeeException e) {
            Messages.erreur("Reprise impossible", e.getMessage());
        }
        actualiser();
    }

    /** Called by the poll: refreshes the progress and, when the load ends, the campaigns available for the report. */
    public void actualiser() {
        chargements = entrepot.chargements();
        if (suivi != null) {
            suivi = entrepot.chargement(suivi.id());
            if (!suivi.enCours()) {
                campagnesChargees = entrepot.campagnesChargees();
                if (annee == null && !campagnesChargees.isEmpty()) {
                    annee = campagnesChargees.get(0);
                }
            }
        }
    }

    public void afficher() {
        try {
            rapport = edition.rapport(annee, filtre());
        } catch (CampagneNonChargeeException | FiltreInvalideException e) {
            rapport = null;
            Messages.erreur("Rapport indisponible", e.getMessage());
        }
    }

    public StreamedContent telecharger(String format) {
        EditionRapport.Format f = EditionRapport.Format.valueOf(format);
        RapportStatistique r = edition.rapport(annee, filtre());
        byte[] contenu = edition.produire(r, f);
        return DefaultStreamedContent.builder().name(EditionRapport.nomFichier(r, f)).contentType(f.type)
                .contentLength((long) contenu.length).stream(() -> new ByteArrayInputStream(contenu)).build();
    }

    private FiltreStatistiques filtre() {
        return new FiltreStatistiques(departement, nature, secteur, Population.de(population));
    }

    public boolean isEnCours() {
        return suivi != null && suivi.enCours();
    }

    public int getProgression() {
        return suivi == null ? 0 : suivi.pourcentage();
    }

    public String getEtat() {
        if (suivi == null) {
            return "Aucun chargement en cours.";
        }
        return "Chargement n° " + suivi.id() + " (" + suivi.annees() + ") : " + libelle(suivi.statut()) + ", "
                + suivi.unitesFaites() + " unité(s) sur " + suivi.unitesTotal();
    }

    /** Text of the confirmation before a restart: what is kept and what is redone. */
    public String avantReprise(Chargement c) {
        return "Le chargement " + libelle(c.statut()) + " reprendra après sa dernière unité enregistrée ("
                + c.unitesFaites() + " sur " + c.unitesTotal() + ") ; les unités déjà chargées ne sont pas refaites.";
    }

    public String libelleStatut(String statut) {
        return libelle(statut);
    }

    static String libelle(String statut) {
        return switch (statut) {
            case "DEMANDE" -> "demandé";
            case "EN_COURS" -> "en cours";
            case "TERMINE" -> "terminé";
            case "ARRETE" -> "arrêté";
            case "ECHEC" -> "en échec";
            case "INTERROMPU" -> "interrompu (son serveur ne répond plus)";
            default -> statut;
        };
    }

    /** Date and time in the académie's time zone. */
    public String horodatage(OffsetDateTime t) {
        return t == null ? "" : HORODATAGE.format(t.atZoneSameInstant(FUSEAU));
    }

    public List<Edition> getEditions() {
        return entrepot.editions();
    }

    public int getSeuil() {
        return entrepot.seuil();
    }

    public List<String> getCampagnes() {
        return campagnes;
    }

    public List<String> getAnneesACharger() {
        return anneesACharger;
    }

    public void setAnneesACharger(List<String> anneesACharger) {
        this.anneesACharger = anneesACharger == null ? new ArrayList<>() : anneesACharger;
    }

    public List<Chargement> getChargements() {
        return chargements;
    }

    public List<String> getCampagnesChargees() {
        return campagnesChargees;
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    /** Code → label of each population, for the menu. */
    public Map<String, String> getPopulations() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Population p : Population.values()) {
            m.put(p.libelle(), p.name());
        }
        return m;
    }

    public String getSecteur() {
        return secteur;
    }

    public void setSecteur(String secteur) {
        this.secteur = secteur;
    }

    public RapportStatistique getRapport() {
        return rapport;
    }
}
