package fr.pacte.web.attribution;

import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Voie;
import fr.pacte.suivi.LigneSuivi;
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
    private BigDecimal autres = BigDecimal.ZERO;
    private BigDecimal reste = BigDecimal.ZERO;
    private int plafond;

    void vider(int plafondVoiePro) {
        plafond = plafondVoiePro;
        identifiant = null;
        lignes = List.of();
        total = BigDecimal.ZERO;
        autres = BigDecimal.ZERO;
        reste = BigDecimal.ZERO;
    }

    /**
     * @param partsCampagne the domain's answer for the person over the whole campaign, every établissement and
     *                      voie: {voie pro, others, still possible in voie pro} (the cap is per person, seeds 001/002)
     */
    void remplir(List<MissionCatalogue> missions, List<LigneSuivi> attributions, BigDecimal[] partsCampagne) {
        lignes = missions.stream().filter(m -> Voie.VOIE_PRO.est(m.voie()))
                .sorted((a, b) -> Boolean.compare(a.quantumHeures() == null, b.quantumHeures() == null))
                .map(m -> {
                    BigDecimal parts = LigneSuivi.partsDe(attributions, identifiant, m.code());
                    return new Ligne(m.quantumHeures() == null ? "Missions forfaitaires" : "Missions de face à face pédagogique",
                            m.libelle(), m.quantumHeures() == null ? "Forfait" : m.quantumHeures() + " h",
                            m.prioritaire(), parts.signum() == 0 ? "" : Quantite.texte(parts));
                }).toList();
        total = partsCampagne[0];
        autres = partsCampagne[1];
        reste = partsCampagne[2];
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
        return texte(total);
    }

    /** The person's parts outside voie pro this campaign (they count in the same cap). */
    public String getAutres() {
        return texte(autres);
    }

    public String getReste() {
        return texte(reste);
    }

    private static String texte(BigDecimal b) {
        return Quantite.texte(b);
    }
}
