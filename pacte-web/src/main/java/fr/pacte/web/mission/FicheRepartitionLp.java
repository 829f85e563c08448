package fr.pacte.web.mission;

import fr.pacte.mission.LigneSuivi;
import fr.pacte.referentiel.MissionCatalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Annexe 1 of the BO model (seed 000), "Fiche d'aide à la répartition des missions pour chaque professeur en LP
 * pacté", as a view: for one teacher, each mission of the voie professionnelle with its quantum and actions, and
 * the choice (the parts he holds), face-à-face missions first, then the forfaits.
 */
public class FicheRepartitionLp implements Serializable {

    /** One row of the sheet. */
    public record Ligne(String categorie, String mission, String quantum, boolean prioritaire, String choix) implements Serializable {
    }

    private String identifiant;
    private List<Ligne> lignes = List.of();
    private BigDecimal total = BigDecimal.ZERO;
    private int plafond;

    void vider(int plafondVoiePro) {
        plafond = plafondVoiePro;
        identifiant = null;
        lignes = List.of();
        total = BigDecimal.ZERO;
    }

    void remplir(List<MissionCatalogue> missions, List<LigneSuivi> attributions) {
        List<LigneSuivi> siennes = attributions.stream()
                .filter(a -> !a.annulee() && a.identifiant().equals(identifiant) && a.parts() != null).toList();
        lignes = missions.stream().filter(m -> "VOIE_PRO".equals(m.getVoie()))
                .sorted((a, b) -> Boolean.compare(a.getQuantumHeures() == null, b.getQuantumHeures() == null))
                .map(m -> {
                    BigDecimal parts = siennes.stream().filter(a -> a.codeMission().equals(m.getCode()))
                            .map(LigneSuivi::parts).reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new Ligne(m.getQuantumHeures() == null ? "Missions forfaitaires" : "Missions de face à face pédagogique",
                            m.getLibelle(), m.getQuantumHeures() == null ? "Forfait" : m.getQuantumHeures() + " h",
                            m.isPrioritaire(), parts.signum() == 0 ? "" : parts.stripTrailingZeros().toPlainString().replace('.', ','));
                }).toList();
        total = siennes.stream().filter(a -> "VOIE_PRO".equals(voie(missions, a.codeMission())))
                .map(LigneSuivi::parts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String voie(List<MissionCatalogue> missions, String code) {
        return missions.stream().filter(m -> m.getCode().equals(code)).map(MissionCatalogue::getVoie).findFirst().orElse("");
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public List<Ligne> getLignes() {
        return lignes;
    }

    public int getPlafond() {
        return plafond;
    }

    public String getTotal() {
        return total.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
