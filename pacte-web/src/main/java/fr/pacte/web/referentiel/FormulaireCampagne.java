package fr.pacte.web.referentiel;

import fr.pacte.referentiel.ParametresCampagne;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The settings form of campagnes.xhtml: the record {@link ParametresCampagne}, editable field by field. */
public class FormulaireCampagne implements Serializable {

    private LocalDate dateDebut;
    private LocalDate dateFin;
    private BigDecimal montantPart;
    private int plafondPartsVoiePro;
    private int plafondPartsAutres;
    private boolean demiPartsAutorisees;
    private String voiePartsLpo;
    private String paiementEntreeTardive;
    private boolean volontariatRequis;
    private boolean impPremierDegre;
    private LocalDate dateNotificationEnveloppes;
    private LocalDate debutRepartition;
    private LocalDate finRepartition;
    private LocalDate dateLimiteLettres;
    private LocalDate dateAlerteConsommation;
    private BigDecimal seuilAlerteConsommation;
    private boolean redeploiementVersCollegue;
    private Long version;

    static FormulaireCampagne de(ParametresCampagne p) {
        FormulaireCampagne f = new FormulaireCampagne();
        f.dateDebut = p.dateDebut();
        f.dateFin = p.dateFin();
        f.montantPart = p.montantPart();
        f.plafondPartsVoiePro = p.plafondPartsVoiePro();
        f.plafondPartsAutres = p.plafondPartsAutres();
        f.demiPartsAutorisees = p.demiPartsAutorisees();
        f.voiePartsLpo = p.voiePartsLpo();
        f.paiementEntreeTardive = p.paiementEntreeTardive();
        f.volontariatRequis = p.volontariatRequis();
        f.impPremierDegre = p.impPremierDegre();
        f.dateNotificationEnveloppes = p.dateNotificationEnveloppes();
        f.debutRepartition = p.debutRepartition();
        f.finRepartition = p.finRepartition();
        f.dateLimiteLettres = p.dateLimiteLettres();
        f.dateAlerteConsommation = p.dateAlerteConsommation();
        f.seuilAlerteConsommation = p.seuilAlerteConsommation();
        f.redeploiementVersCollegue = p.redeploiementVersCollegue();
        f.version = p.version();
        return f;
    }

    ParametresCampagne versParametres() {
        return new ParametresCampagne(dateDebut, dateFin, montantPart, plafondPartsVoiePro, plafondPartsAutres,
                demiPartsAutorisees, voiePartsLpo, paiementEntreeTardive, volontariatRequis, impPremierDegre,
                dateNotificationEnveloppes, debutRepartition, finRepartition, dateLimiteLettres, dateAlerteConsommation,
                seuilAlerteConsommation, redeploiementVersCollegue, version);
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

    public BigDecimal getMontantPart() {
        return montantPart;
    }

    public void setMontantPart(BigDecimal montantPart) {
        this.montantPart = montantPart;
    }

    public int getPlafondPartsVoiePro() {
        return plafondPartsVoiePro;
    }

    public void setPlafondPartsVoiePro(int plafondPartsVoiePro) {
        this.plafondPartsVoiePro = plafondPartsVoiePro;
    }

    public int getPlafondPartsAutres() {
        return plafondPartsAutres;
    }

    public void setPlafondPartsAutres(int plafondPartsAutres) {
        this.plafondPartsAutres = plafondPartsAutres;
    }

    public boolean isDemiPartsAutorisees() {
        return demiPartsAutorisees;
    }

    public void setDemiPartsAutorisees(boolean demiPartsAutorisees) {
        this.demiPartsAutorisees = demiPartsAutorisees;
    }

    public String getVoiePartsLpo() {
        return voiePartsLpo;
    }

    public void setVoiePartsLpo(String voiePartsLpo) {
        this.voiePartsLpo = voiePartsLpo;
    }

    public String getPaiementEntreeTardive() {
        return paiementEntreeTardive;
    }

    public void setPaiementEntreeTardive(String paiementEntreeTardive) {
        this.paiementEntreeTardive = paiementEntreeTardive;
    }

    public boolean isVolontariatRequis() {
        return volontariatRequis;
    }

    public void setVolontariatRequis(boolean volontariatRequis) {
        this.volontariatRequis = volontariatRequis;
    }

    public boolean isImpPremierDegre() {
        return impPremierDegre;
    }

    public void setImpPremierDegre(boolean impPremierDegre) {
        this.impPremierDegre = impPremierDegre;
    }

    public LocalDate getDateNotificationEnveloppes() {
        return dateNotificationEnveloppes;
    }

    public void setDateNotificationEnveloppes(LocalDate dateNotificationEnveloppes) {
        this.dateNotificationEnveloppes = dateNotificationEnveloppes;
    }

    public LocalDate getDebutRepartition() {
        return debutRepartition;
    }

    public void setDebutRepartition(LocalDate debutRepartition) {
        this.debutRepartition = debutRepartition;
    }

    public LocalDate getFinRepartition() {
        return finRepartition;
    }

    public void setFinRepartition(LocalDate finRepartition) {
        this.finRepartition = finRepartition;
    }

    public LocalDate getDateLimiteLettres() {
        return dateLimiteLettres;
    }

    public void setDateLimiteLettres(LocalDate dateLimiteLettres) {
        this.dateLimiteLettres = dateLimiteLettres;
    }

    public LocalDate getDateAlerteConsommation() {
        return dateAlerteConsommation;
    }

    public void setDateAlerteConsommation(LocalDate dateAlerteConsommation) {
        this.dateAlerteConsommation = dateAlerteConsommation;
    }

    public BigDecimal getSeuilAlerteConsommation() {
        return seuilAlerteConsommation;
    }

    public void setSeuilAlerteConsommation(BigDecimal seuilAlerteConsommation) {
        this.seuilAlerteConsommation = seuilAlerteConsommation;
    }

    public boolean isRedeploiementVersCollegue() {
        return redeploiementVersCollegue;
    }

    public void setRedeploiementVersCollegue(boolean redeploiementVersCollegue) {
        this.redeploiementVersCollegue = redeploiementVersCollegue;
    }

    public Long getVersion() {
        return version;
    }
}
