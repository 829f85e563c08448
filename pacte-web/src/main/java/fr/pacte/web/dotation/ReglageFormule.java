package fr.pacte.web.dotation;

import java.io.Serializable;
import java.math.BigDecimal;

/** The settings of the formula panel, as typed; defaults favour REP+ over REP, and the voie professionnelle. */
public class ReglageFormule implements Serializable {

    /** A snapshot of the settings, to tell whether what is applied is what was simulated. */
    public record Valeurs(String type, BigDecimal poidsRep, BigDecimal poidsRepPlus, BigDecimal poidsLp,
                          BigDecimal plancherParts, BigDecimal plafondParts, BigDecimal plancherImp,
                          BigDecimal plafondImp, BigDecimal impParEnseignants, BigDecimal pourcentage,
                          boolean baseConsommation) implements Serializable {
    }

    private String type = FormuleView.PROPORTIONNELLE;
    private BigDecimal poidsRep = new BigDecimal("1.2");
    private BigDecimal poidsRepPlus = new BigDecimal("1.5");
    private BigDecimal poidsLp = new BigDecimal("1.3");
    private BigDecimal plancherParts;
    private BigDecimal plafondParts;
    private BigDecimal plancherImp;
    private BigDecimal plafondImp;
    private BigDecimal impParEnseignants;
    private BigDecimal pourcentage = BigDecimal.ZERO;
    private boolean baseConsommation = true;

    Valeurs valeurs() {
        return new Valeurs(type, poidsRep, poidsRepPlus, poidsLp, plancherParts, plafondParts, plancherImp, plafondImp,
                impParEnseignants, pourcentage, baseConsommation);
    }

    public boolean isProportionnelle() {
        return !FormuleView.RECONDUCTION.equals(type);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public BigDecimal getPoidsRep() {
        return poidsRep;
    }

    public void setPoidsRep(BigDecimal poidsRep) {
        this.poidsRep = poidsRep;
    }

    public BigDecimal getPoidsRepPlus() {
        return poidsRepPlus;
    }

    public void setPoidsRepPlus(BigDecimal poidsRepPlus) {
        this.poidsRepPlus = poidsRepPlus;
    }

    public BigDecimal getPoidsLp() {
        return poidsLp;
    }

    public void setPoidsLp(BigDecimal poidsLp) {
        this.poidsLp = poidsLp;
    }

    public BigDecimal getPlancherParts() {
        return plancherParts;
    }

    public void setPlancherParts(BigDecimal plancherParts) {
        this.plancherParts = plancherParts;
    }

    public BigDecimal getPlafondParts() {
        return plafondParts;
    }

    public void setPlafondParts(BigDecimal plafondParts) {
        this.plafondParts = plafondParts;
    }

    public BigDecimal getPlancherImp() {
        return plancherImp;
    }

    public void setPlancherImp(BigDecimal plancherImp) {
        this.plancherImp = plancherImp;
    }

    public BigDecimal getPlafondImp() {
        return plafondImp;
    }

    public void setPlafondImp(BigDecimal plafondImp) {
        this.plafondImp = plafondImp;
    }

    public BigDecimal getImpParEnseignants() {
        return impParEnseignants;
    }

    public void setImpParEnseignants(BigDecimal impParEnseignants) {
        this.impParEnseignants = impParEnseignants;
    }

    public BigDecimal getPourcentage() {
        return pourcentage;
    }

    public void setPourcentage(BigDecimal pourcentage) {
        this.pourcentage = pourcentage;
    }

    public boolean isBaseConsommation() {
        return baseConsommation;
    }

    public void setBaseConsommation(boolean baseConsommation) {
        this.baseConsommation = baseConsommation;
    }
}
