package fr.pacte.referentiel;

import fr.pacte.commun.Texte;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.Period;

/** A member of staff (enseignant, CPE, PsyEN; titulaire or contractuel) and the établissement of affectation. */
@Entity(name = "Personnel")
@Table(schema = "referentiel", name = "personnel")
public class PersonnelEntite {

    @Id
    private String identifiant;

    private Civilite civilite;

    private String nom;

    private String prenom;

    @Enumerated(EnumType.STRING)
    private Sexe sexe;

    @Column(name = "date_naissance")
    private LocalDate dateNaissance;

    @Enumerated(EnumType.STRING)
    private Corps corps;

    private String discipline;

    @Column(name = "uai_affectation")
    private String uaiAffectation;

    private String recherche;

    /** Set by the personnels import's optional column (V35); the screens only read it. */
    private boolean remplacant;

    @Version
    private long version;

    protected PersonnelEntite() {
    }

    public PersonnelEntite(String identifiant) {
        this.identifiant = identifiant;
    }

    public int age(LocalDate date) {
        return Period.between(dateNaissance, date).getYears();
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public Civilite getCivilite() {
        return civilite;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public Sexe getSexe() {
        return sexe;
    }

    public LocalDate getDateNaissance() {
        return dateNaissance;
    }

    public Corps getCorps() {
        return corps;
    }

    public String getDiscipline() {
        return discipline;
    }

    public String getUaiAffectation() {
        return uaiAffectation;
    }

    public Personnel vue() {
        return new Personnel(identifiant, civilite, nom, prenom, sexe, dateNaissance, corps, discipline, uaiAffectation,
                remplacant);
    }
}
