package fr.pacte.web.demande;

import fr.pacte.demande.EtatDemande;
import fr.pacte.demande.FiltreDemandes;
import fr.pacte.demande.NatureDemande;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** The filters of a request list as the page edits them; the service applies the caller's scope on top. */
public class CriteresDemandes implements Serializable {

    private String annee;
    private EtatDemande etat;
    private NatureDemande nature;
    private String uai;
    private String departement;
    private LocalDate depuis;
    private LocalDate jusquA;

    public FiltreDemandes filtre() {
        String u = uai == null || uai.isBlank() ? null : uai.strip().toUpperCase(Locale.ROOT);
        return new FiltreDemandes(annee, etat, nature, u, departement, depuis, jusquA);
    }

    /** Clears every criterion but the campaign. */
    public void reinitialiser() {
        etat = null;
        nature = null;
        uai = null;
        departement = null;
        depuis = null;
        jusquA = null;
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public EtatDemande getEtat() {
        return etat;
    }

    public void setEtat(EtatDemande etat) {
        this.etat = etat;
    }

    public NatureDemande getNature() {
        return nature;
    }

    public void setNature(NatureDemande nature) {
        this.nature = nature;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public LocalDate getDepuis() {
        return depuis;
    }

    public void setDepuis(LocalDate depuis) {
        this.depuis = depuis;
    }

    public LocalDate getJusquA() {
        return jusquA;
    }

    public void setJusquA(LocalDate jusquA) {
        this.jusquA = jusquA;
    }
}
