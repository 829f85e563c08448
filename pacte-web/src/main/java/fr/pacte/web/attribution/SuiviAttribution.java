package fr.pacte.web.attribution;

import fr.pacte.suivi.LigneSuivi;
import fr.pacte.suivi.SuiviService;
import fr.pacte.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The attribution a dialog of the répartition page is about (annuler, heures faites, redéployer, bilan) and its inputs. */
public class SuiviAttribution implements Serializable {

    private LigneSuivi ligne;
    private BigDecimal heuresFaites;
    private Long cible;
    private BigDecimal heuresRedeployees;
    private String motif;
    private String bilan;

    public void preparer(LigneSuivi l) {
        ligne = l;
        heuresFaites = l.heuresFaites();
        cible = null;
        heuresRedeployees = l.heuresNonFaites().signum() > 0 ? l.heuresNonFaites() : null;
        motif = null;
        bilan = l.bilan();
    }

    void relever(SuiviService suivi, List<String> refus) {
        if (ligne != null && ActionsMission.executer("Heures non enregistrées", refus,
                () -> suivi.releverHeures(ligne.id(), heuresFaites))) {
            Messages.info("Heures faites enregistrées", ligne.libelleMission() + " – " + ligne.prenom() + " " + ligne.nom());
        }
    }

    void redeployer(SuiviService suivi, List<String> refus) {
        if (ligne != null && ActionsMission.executer("Redéploiement refusé", refus,
                () -> suivi.redeployer(ligne.id(), cible == null ? -1 : cible, heuresRedeployees, motif))) {
            Messages.info("Heures redéployées", heuresRedeployees.stripTrailingZeros().toPlainString()
                    + " h de « " + ligne.libelleMission() + " » : la lettre de mission fera l'objet d'un avenant.");
        }
    }

    void enregistrerBilan(SuiviService suivi, List<String> refus) {
        if (ligne != null && ActionsMission.executer("Bilan non enregistré", refus, () -> suivi.enregistrerBilan(ligne.id(), bilan))) {
            Messages.info("Bilan enregistré", "Destinataire : " + ligne.destinataireBilan());
        }
    }

    public LigneSuivi getLigne() {
        return ligne;
    }

    public BigDecimal getHeuresFaites() {
        return heuresFaites;
    }

    public void setHeuresFaites(BigDecimal heuresFaites) {
        this.heuresFaites = heuresFaites;
    }

    public Long getCible() {
        return cible;
    }

    public void setCible(Long cible) {
        this.cible = cible;
    }

    public BigDecimal getHeuresRedeployees() {
        return heuresRedeployees;
    }

    public void setHeuresRedeployees(BigDecimal heuresRedeployees) {
        this.heuresRedeployees = heuresRedeployees;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }

    public String getBilan() {
        return bilan;
    }

    public void setBilan(String bilan) {
        this.bilan = bilan;
    }
}
