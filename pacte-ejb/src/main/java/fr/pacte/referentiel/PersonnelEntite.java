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
import java.util.List;
import java.util.Objects;

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

    @Version
    private long version;

    protected PersonnelEntite() {
    }

    public PersonnelEntite(String identifiant) {
        this.identifiant = identifiant;
    }

    /** Applies the values of an import line; @return true if something changed. */
    public boolean mettreAJour(Civilite civilite, String nom, String prenom, Sexe sexe, LocalDate naissance,
                               Corps corps, String discipline, String uai) {
        String disc = discipline == null ? "" : discipline;
        List<String> avant = etat();
        this.civilite = civilite;
        this.nom = nom;
        this.prenom = prenom;
        this.sexe = sexe;
        this.dateNaissance = naissance;
        this.corps = corps;
        this.discipline = disc;
        this.uaiAffectation = uai;
        this.recherche = Texte.pourRecherche(nom, prenom, identifiant);
        return !Objects.equals(avant, etat());
    }

    private List<String> etat() {
        return List.of(String.valueOf(civilite), String.valueOf(nom), String.valueOf(prenom), String.valueOf(sexe),
                String.valueOf(dateNaissance), String.valueOf(corps), String.valueOf(discipline),
                String.valueOf(uaiAffectation));
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
        return new Personnel(identifiant, civilite, nom, prenom, sexe, dateNaissance, corps, discipline, uaiAffectation);
    }
}
