package fr.pacte.web.dotation;

import fr.pacte.dotation.FiltreDotations;
import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;

import java.io.Serializable;

/** The filters above the distribution table; the table, the exports and the bulk actions all use them. */
public class CriteresDotations implements Serializable {

    private String departement;
    private Nature nature;
    private EducationPrioritaire educationPrioritaire;
    private String texte;

    FiltreDotations filtre(String tri, boolean ascendant) {
        return new FiltreDotations(departement, nature == null ? null : nature.name(),
                educationPrioritaire == null ? null : educationPrioritaire.code(),
                texte == null || texte.isBlank() ? null : texte.strip(), tri, ascendant);
    }

    void effacer() {
        departement = null;
        nature = null;
        educationPrioritaire = null;
        texte = null;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public Nature getNature() {
        return nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    public EducationPrioritaire getEducationPrioritaire() {
        return educationPrioritaire;
    }

    public void setEducationPrioritaire(EducationPrioritaire educationPrioritaire) {
        this.educationPrioritaire = educationPrioritaire;
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }
}
