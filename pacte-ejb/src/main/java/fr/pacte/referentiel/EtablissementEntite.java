package fr.pacte.referentiel;

import fr.pacte.commun.Texte;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.List;
import java.util.Objects;

/** An école or établissement, keyed by its UAI. */
@Entity(name = "Etablissement")
@Table(schema = "referentiel", name = "etablissement")
public class EtablissementEntite {

    @Id
    private String uai;

    @Enumerated(EnumType.STRING)
    private Nature nature;

    @Column(name = "denomination_principale")
    private String denominationPrincipale;

    @Column(name = "denomination_complementaire")
    private String denominationComplementaire;

    @Column(name = "departement_code")
    private String departement;

    private String commune;

    @Enumerated(EnumType.STRING)
    private Secteur secteur;

    @Column(name = "education_prioritaire")
    private EducationPrioritaire educationPrioritaire;

    private String recherche;

    /** The circonscription of an école (scope of its IEN); null in the second degré. */
    @Column(name = "circonscription_code")
    private String circonscription;

    @Version
    private long version;

    protected EtablissementEntite() {
    }

    public EtablissementEntite(String uai) {
        this.uai = uai;
    }

    /** Applies the values of an import line; @return true if something changed. */
    public boolean mettreAJour(Nature nature, String principale, String complementaire, String departement,
                               String commune, Secteur secteur, EducationPrioritaire ep) {
        String comp = complementaire == null ? "" : complementaire;
        List<Object> avant = List.of(etat());
        this.nature = nature;
        this.denominationPrincipale = principale;
        this.denominationComplementaire = comp;
        this.departement = departement;
        this.commune = commune;
        this.secteur = secteur;
        this.educationPrioritaire = ep;
        this.recherche = Texte.pourRecherche(principale, comp, commune, uai);
        return !Objects.equals(avant, List.of(etat()));
    }

    /** Places an école in a circonscription (null: none); @return true if it changed. */
    public boolean placerDansCirconscription(String code) {
        boolean change = !Objects.equals(circonscription, code);
        this.circonscription = code;
        return change;
    }

    public String getCirconscription() {
        return circonscription;
    }

    private Object[] etat() {
        return new Object[]{String.valueOf(nature), String.valueOf(denominationPrincipale),
                String.valueOf(denominationComplementaire), String.valueOf(departement), String.valueOf(commune),
                String.valueOf(secteur), String.valueOf(educationPrioritaire)};
    }

    public String getUai() {
        return uai;
    }

    public Nature getNature() {
        return nature;
    }

    public String getDenominationPrincipale() {
        return denominationPrincipale;
    }

    public String getDenominationComplementaire() {
        return denominationComplementaire;
    }

    /** "Collège Jean-Jaurès – Pôle des métiers" */
    public String getDenomination() {
        return denominationComplementaire == null || denominationComplementaire.isBlank()
                ? denominationPrincipale : denominationPrincipale + " – " + denominationComplementaire;
    }

    public String getDepartement() {
        return departement;
    }

    public String getCommune() {
        return commune;
    }

    public Secteur getSecteur() {
        return secteur;
    }

    public EducationPrioritaire getEducationPrioritaire() {
        return educationPrioritaire;
    }

    public Etablissement vue() {
        return new Etablissement(uai, nature, denominationPrincipale, denominationComplementaire, departement, commune,
                secteur, educationPrioritaire, circonscription);
    }
}
