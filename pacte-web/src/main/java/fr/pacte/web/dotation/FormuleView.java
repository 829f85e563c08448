package fr.pacte.web.dotation;

import fr.pacte.dotation.RegleDotationException;
import fr.pacte.dotation.RepartitionService;
import fr.pacte.referentiel.Voie;
import fr.pacte.dotation.formule.Formule;
import fr.pacte.dotation.formule.Proposition;
import fr.pacte.dotation.formule.Simulation;
import fr.pacte.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The proposal formula of the distribution screen: tuned, simulated (the proposals fill a column of the table,
 * nothing is saved), then applied in one transaction — exactly the formula that was simulated.
 */
@Named
@ViewScoped
public class FormuleView implements Serializable {

    public static final String PROPORTIONNELLE = "PROPORTIONNELLE";
    public static final String RECONDUCTION = "RECONDUCTION_N1";

    /** What one voie (or the IMP) receives under the simulated formula, and what is left of its disponible. */
    public record Resultat(String libelle, String unite, BigDecimal propose, BigDecimal reste) implements Serializable {
    }

    @Inject
    private RepartitionService repartition;
    @Inject
    private DistribuerEnveloppesView ecran;
    @Inject
    private TotauxDotationView totaux;

    private final ReglageFormule reglage = new ReglageFormule();
    /** The settings of the last simulation: applying other settings would save what nobody has seen. */
    private ReglageFormule.Valeurs simule;
    private String anneeSimulee;
    private List<Resultat> resultats = List.of();
    private List<String> avertissements = List.of();

    public void simuler() {
        Formule formule = formule(reglage.valeurs());
        if (formule == null) {
            return;
        }
        try {
            Simulation s = repartition.simuler(ecran.getAnnee(), formule);
            Map<String, BigDecimal[]> parUai = new HashMap<>();
            for (Proposition p : s.propositions()) {
                parUai.put(p.uai(), new BigDecimal[]{p.parts(), p.imp()});
            }
            ecran.proposer(parUai);
            resultats = Voie.DES_ENVELOPPES.stream().map(v -> new Resultat(v.libelle(), "parts",
                            s.totalParts().getOrDefault(v, BigDecimal.ZERO), s.resteParts().getOrDefault(v, BigDecimal.ZERO)))
                    .collect(Collectors.toCollection(ArrayList::new));
            resultats.add(new Resultat("IMP", "IMP", s.totalImp(), s.resteImp()));
            avertissements = List.copyOf(s.avertissements());
            simule = reglage.valeurs();
            anneeSimulee = ecran.getAnnee();
            Messages.info("Simulation", s.propositions().size() + " proposition(s) calculée(s) : rien n'est enregistré "
                    + "tant que vous n'avez pas appliqué la formule.");
        } catch (RegleDotationException e) {
            Messages.erreur("Simulation impossible", e.getMessage());
        }
    }

    public void appliquer() {
        if (!isSimulationAJour()) {
            Messages.erreur("Simulation à refaire", "Les réglages ont changé depuis la dernière simulation : "
                    + "simulez de nouveau avant d'appliquer.");
            return;
        }
        Formule formule = formule(simule);
        if (formule == null) {
            return;
        }
        try {
            int n = repartition.appliquer(ecran.getAnnee(), formule, ecran.getMotif());
            Messages.info("Formule appliquée", n + " enveloppe(s) modifiée(s).");
            oublier();
            totaux.recharger(ecran.getAnnee());
        } catch (RegleDotationException e) {
            Messages.erreur("Formule refusée", e.getMessage());
        }
    }

    /** Forgets the simulation (after applying it, or when the campaign changes). */
    public void oublier() {
        simule = null;
        anneeSimulee = null;
        resultats = List.of();
        avertissements = List.of();
        ecran.proposer(Map.of());
    }

    /** The formula as the service knows it; its constructor's French refusal is shown as is. */
    private static Formule formule(ReglageFormule.Valeurs v) {
        try {
            return RECONDUCTION.equals(v.type())
                    ? new Formule.ReconductionN1(v.pourcentage() == null ? BigDecimal.ZERO : v.pourcentage(), v.baseConsommation())
                    : new Formule.Proportionnelle(v.poidsRep(), v.poidsRepPlus(), v.poidsLp(), v.plancherParts(),
                    v.plafondParts(), v.plancherImp(), v.plafondImp(), v.impParEnseignants());
        } catch (IllegalArgumentException e) {
            Messages.erreur("Formule invalide", e.getMessage());
        } catch (NullPointerException e) {
            Messages.erreur("Formule invalide", "Renseignez le " + e.getMessage() + ".");
        }
        return null;
    }

    public boolean isSimulationAJour() {
        return simule != null && simule.equals(reglage.valeurs()) && ecran.getAnnee() != null
                && ecran.getAnnee().equals(anneeSimulee);
    }

    public ReglageFormule getReglage() {
        return reglage;
    }

    public boolean isSimulee() {
        return simule != null;
    }

    public List<Resultat> getResultats() {
        return resultats;
    }

    public List<String> getAvertissements() {
        return avertissements;
    }
}
