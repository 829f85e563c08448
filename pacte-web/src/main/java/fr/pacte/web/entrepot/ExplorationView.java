package fr.pacte.web.entrepot;

import fr.pacte.commun.Refus;
import fr.pacte.entrepot.EntrepotService;
import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.exploration.Dimension;
import fr.pacte.entrepot.exploration.ExplorationService;
import fr.pacte.entrepot.exploration.ExportExploration;
import fr.pacte.entrepot.exploration.Mesure;
import fr.pacte.entrepot.exploration.Pivot;
import fr.pacte.entrepot.exploration.Question;
import fr.pacte.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyst's exploration: two dimensions of the warehouse by one measure, for a loaded campaign and a population,
 * shown masked, as a chart of the published inner cells, and exported as XLSX or CSV. The question is checked and
 * masked by the exploration facade; this view only parses and renders.
 */
@Named
@ViewScoped
public class ExplorationView implements Serializable {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] COULEURS = {"#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#14b8a6",
        "#f97316", "#64748b"};

    @Inject
    private ExplorationService exploration;

    @Inject
    private EntrepotService entrepot;

    private List<String> campagnesChargees;
    private String annee;
    /** The DEPP's population by default (note 22.33). */
    private String population = Population.DEPP.name();
    private String lignes = Dimension.CORPS.name();
    private String colonnes = Dimension.SEXE.name();
    private String mesure = Mesure.BENEFICIAIRES.name();
    private Pivot pivot;

    @PostConstruct
    void init() {
        campagnesChargees = entrepot.campagnesChargees();
        annee = campagnesChargees.isEmpty() ? null : campagnesChargees.get(0);
    }

    public void construire() {
        try {
            pivot = exploration.pivot(question());
        } catch (Refus e) {
            pivot = null;
            Messages.erreur("Tableau impossible", e.getMessage());
        }
    }

    private Question question() {
        return new Question(annee, Population.de(population), dimension(lignes), dimension(colonnes),
                mesure == null || mesure.isBlank() ? null : Mesure.valueOf(mesure));
    }

    private static Dimension dimension(String code) {
        return code == null || code.isBlank() ? null : Dimension.valueOf(code);
    }

    /** The file of the question as asked now (the same pivot the screen shows once built). */
    public StreamedContent telecharger(String format) {
        long debut = System.nanoTime();
        Pivot p;
        try {
            p = exploration.pivot(question());
        } catch (Refus e) {
            Messages.erreur("Export impossible", e.getMessage());
            return null;
        }
        byte[] contenu;
        String type;
        String extension;
        if ("CSV".equals(format)) {
            contenu = ExportExploration.csv(p);
            type = "text/csv; charset=UTF-8";
            extension = "csv";
        } else {
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            ExportExploration.xlsx(p, sortie);
            contenu = sortie.toByteArray();
            type = XLSX;
            extension = "xlsx";
        }
        exploration.journaliserExport(p, extension.toUpperCase(), (System.nanoTime() - debut) / 1_000_000);
        return DefaultStreamedContent.builder().name(ExportExploration.nomFichier(p, extension)).contentType(type)
                .contentLength((long) contenu.length).stream(() -> new ByteArrayInputStream(contenu)).build();
    }

    /**
     * A Chart.js bar configuration of the published inner cells: one bar group per row value, one series per column
     * value; a masked or not applicable cell is null, so Chart.js draws no bar for it.
     */
    public String getGraphique() {
        if (pivot == null) {
            return "{}";
        }
        JsonArrayBuilder libelles = Json.createArrayBuilder();
        pivot.libellesLignes().forEach(libelles::add);
        JsonArrayBuilder series = Json.createArrayBuilder();
        for (int c = 0; c < pivot.libellesColonnes().size(); c++) {
            JsonArrayBuilder donnees = Json.createArrayBuilder();
            for (int l = 0; l < pivot.libellesLignes().size(); l++) {
                Pivot.Cellule cellule = pivot.cellules().get(l).get(c);
                if (cellule.valeur() == null) {
                    donnees.addNull();
                } else {
                    donnees.add(cellule.valeur());
                }
            }
            series.add(Json.createObjectBuilder().add("label", pivot.libellesColonnes().get(c)).add("data", donnees)
                    .add("backgroundColor", COULEURS[c % COULEURS.length]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", libelles).add("datasets", series))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", pivot.question().mesure().libelle())))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString();
    }

    public String getRegle() {
        return Pivot.regle(entrepot.seuil());
    }

    /** Label → code of each population, for the menu. */
    public Map<String, String> getPopulations() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Population p : Population.values()) {
            m.put(p.libelle(), p.name());
        }
        return m;
    }

    public Map<String, String> getDimensions() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            m.put(d.libelle(), d.name());
        }
        return m;
    }

    public Map<String, String> getMesures() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Mesure x : Mesure.values()) {
            m.put(x.libelle(), x.name());
        }
        return m;
    }

    /** Text of a cell for the screen: "s" masked, "—" not applicable. */
    public String texte(Pivot.Cellule c) {
        return pivot.texte(c);
    }

    public boolean isAvecMasquees() {
        return pivot != null && pivot.cellulesMasquees() > 0;
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

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public String getLignes() {
        return lignes;
    }

    public void setLignes(String lignes) {
        this.lignes = lignes;
    }

    public String getColonnes() {
        return colonnes;
    }

    public void setColonnes(String colonnes) {
        this.colonnes = colonnes;
    }

    public String getMesure() {
        return mesure;
    }

    public void setMesure(String mesure) {
        this.mesure = mesure;
    }

    public Pivot getPivot() {
        return pivot;
    }
}
