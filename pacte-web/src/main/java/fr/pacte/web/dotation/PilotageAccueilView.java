package fr.pacte.web.dotation;

import fr.pacte.dotation.AlerteConsommation;
import fr.pacte.dotation.ConsommationGroupe;
import fr.pacte.dotation.PilotageConsommation;
import fr.pacte.attribution.SimulationPlafond;
import fr.pacte.attribution.SimulationPlafondService;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The rectorat's home page block (issue 15, point 7): consumption per département and per nature as Chart.js bar
 * charts (PrimeFaces 15 offers only the generic p:chart, fed a JSON configuration), the envelopes under-consumed
 * with their N-1 consumption, and the cap what-if.
 */
@Named
@ViewScoped
public class PilotageAccueilView implements Serializable {

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private PilotageConsommation pilotage;

    @Inject
    private SimulationPlafondService simulations;

    private Campagne campagne;
    private List<ConsommationGroupe> parDepartement = List.of();
    private List<ConsommationGroupe> parNature = List.of();
    private List<AlerteConsommation> alertes = List.of();
    private int plafondEnvisage;
    private SimulationPlafond.Resultat simulation;

    @PostConstruct
    void charger() {
        if (securite.utilisateurCourant().role() != Role.RECTORAT) {
            return;
        }
        // the open campaign, else the latest one not closed
        campagne = referentiel.campagnes().stream().filter(c -> c.statut() == Campagne.Statut.OUVERTE).findFirst()
                .orElse(referentiel.campagnes().stream().filter(c -> c.statut() != Campagne.Statut.CLOSE)
                        .max(Comparator.comparing(Campagne::anneeScolaire)).orElse(null));
        if (campagne == null) {
            return;
        }
        String annee = campagne.anneeScolaire();
        parDepartement = pilotage.parDepartement(annee);
        parNature = pilotage.parNature(annee);
        alertes = pilotage.alertes(annee);
        plafondEnvisage = campagne.plafondPartsAutres() + 1;
        simuler();
    }

    public void simuler() {
        simulation = simulations.simuler(campagne.anneeScolaire(), plafondEnvisage);
    }

    public boolean isVisible() {
        return campagne != null;
    }

    public String getGraphiqueDepartements() {
        return graphique(parDepartement);
    }

    public String getGraphiqueNatures() {
        return graphique(parNature);
    }

    /** A Chart.js bar configuration: percent of the parts and of the IMP attributed per group. */
    private static String graphique(List<ConsommationGroupe> groupes) {
        JsonArrayBuilder libelles = Json.createArrayBuilder();
        JsonArrayBuilder parts = Json.createArrayBuilder();
        JsonArrayBuilder imp = Json.createArrayBuilder();
        for (ConsommationGroupe g : groupes) {
            libelles.add(g.groupe());
            parts.add(zero(g.tauxParts()));
            imp.add(zero(g.tauxImp()));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", libelles).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Parts attribuées (%)").add("data", parts)
                                .add("backgroundColor", "#3b82f6"))
                        .add(Json.createObjectBuilder().add("label", "IMP attribuées (%)").add("data", imp)
                                .add("backgroundColor", "#f59e0b"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("suggestedMax", 100))))
                .build().toString();
    }

    private static BigDecimal zero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    public String getDateAlerte() {
        return campagne.dateAlerteConsommation() == null ? "–"
                : campagne.dateAlerteConsommation().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public List<ConsommationGroupe> getParDepartement() {
        return parDepartement;
    }

    public List<ConsommationGroupe> getParNature() {
        return parNature;
    }

    public List<AlerteConsommation> getAlertes() {
        return alertes;
    }

    public int getPlafondEnvisage() {
        return plafondEnvisage;
    }

    public void setPlafondEnvisage(int plafondEnvisage) {
        this.plafondEnvisage = plafondEnvisage;
    }

    public SimulationPlafond.Resultat getSimulation() {
        return simulation;
    }
}
