package fr.pacte.web.attribution;

import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Modalite;
import fr.pacte.attribution.NouvelleAttribution;
import fr.pacte.attribution.ReglesAttribution;
import fr.pacte.referentiel.MissionCatalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The "Attribuer une mission" form. It only helps typing (the hours follow the parts and the catalogue's
 * quantum, the IMP rate starts at the catalogue's reference): every rule is judged by the service.
 */
public class FormulaireAttribution implements Serializable {

    private String codeMission;
    private String identifiant;
    private BigDecimal parts = BigDecimal.ONE;
    private String tauxImp;
    private BigDecimal heures;
    private LocalDate dateDebut;
    private LocalDate dateFin;
    private Modalite modalite = Modalite.ANNUELLE;
    /** Of the chosen mission in the catalogue (null before a choice). */
    private String dispositif;
    private Integer quantumHeures;

    void vider(LocalDate debut, LocalDate fin) {
        codeMission = null;
        identifiant = null;
        parts = BigDecimal.ONE;
        tauxImp = null;
        heures = null;
        modalite = Modalite.ANNUELLE;
        dispositif = null;
        quantumHeures = null;
        dateDebut = debut;
        dateFin = fin;
    }

    /** After a mission or a number of parts is chosen: the hours and the IMP rate the catalogue suggests. */
    void suivreLeCatalogue(List<MissionCatalogue> catalogue) {
        MissionCatalogue mission = catalogue.stream().filter(m -> m.code().equals(codeMission)).findFirst().orElse(null);
        dispositif = mission == null ? null : mission.dispositif();
        quantumHeures = mission == null ? null : mission.quantumHeures();
        if (mission == null) {
            return;
        }
        if (isImp()) {
            parts = null;
            heures = null;
            if (tauxImp == null) {
                tauxImp = mission.tauxImpReference() == null ? "003" : mission.tauxImpReference();
            }
        } else {
            tauxImp = null;
            modalite = Modalite.ANNUELLE;
            if (parts == null) {
                parts = BigDecimal.ONE;
            }
            heures = ReglesAttribution.heuresAttendues(parts, quantumHeures);
        }
    }

    NouvelleAttribution nouvelle(String annee, String uai) {
        return new NouvelleAttribution(annee, uai, identifiant, dispositif, codeMission,
                parts, tauxImp, heures, dateDebut, dateFin, modalite);
    }

    public boolean isImp() {
        return Dispositif.IMP.est(dispositif);
    }

    public boolean isEnHeures() {
        return quantumHeures != null;
    }

    public Integer getQuantumHeures() {
        return quantumHeures;
    }

    public String getCodeMission() {
        return codeMission;
    }

    public void setCodeMission(String codeMission) {
        this.codeMission = codeMission;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public BigDecimal getParts() {
        return parts;
    }

    public void setParts(BigDecimal parts) {
        this.parts = parts;
    }

    public String getTauxImp() {
        return tauxImp;
    }

    public void setTauxImp(String tauxImp) {
        this.tauxImp = tauxImp;
    }

    public BigDecimal getHeures() {
        return heures;
    }

    public void setHeures(BigDecimal heures) {
        this.heures = heures;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public void setDateDebut(LocalDate dateDebut) {
        this.dateDebut = dateDebut;
    }

    public LocalDate getDateFin() {
        return dateFin;
    }

    public void setDateFin(LocalDate dateFin) {
        this.dateFin = dateFin;
    }

    public Modalite getModalite() {
        return modalite;
    }

    public void setModalite(Modalite modalite) {
        this.modalite = modalite;
    }
}
