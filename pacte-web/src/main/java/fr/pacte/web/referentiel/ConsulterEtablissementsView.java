package fr.pacte.web.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.commun.tableur.FormatTableau;
import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.FiltreEtablissements;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.Secteur;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Lists the établissements of the caller's scope with filters, and exports the filtered list. */
@Named
@ViewScoped
public class ConsulterEtablissementsView implements Serializable {

    private static final String TABLE = "formulaire:etablissements";

    @Inject
    private ReferentielService referentiel;

    private List<Departement> departements;
    private ModelePagine<Etablissement> modele;

    private String departement;
    private Nature nature;
    private EducationPrioritaire educationPrioritaire;
    private Secteur secteur;
    private String texte;

    @PostConstruct
    void initialiser() {
        departements = referentiel.departements();
        modele = new ModelePagine<>((tri, asc, page, taille) -> referentiel.etablissements(filtre(tri, asc), page, taille),
                Etablissement::uai);
    }

    private FiltreEtablissements filtre(String tri, boolean ascendant) {
        String t = texte == null || texte.isBlank() ? null : texte.trim();
        return new FiltreEtablissements(departement, nature, educationPrioritaire, secteur, t, tri, ascendant);
    }

    /** A new criterion brings the user back to the first page of the result. */
    public void filtrer() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void reinitialiser() {
        departement = null;
        nature = null;
        educationPrioritaire = null;
        secteur = null;
        texte = null;
        filtrer();
    }

    public StreamedContent exporterCsv() {
        return export(FormatTableau.CSV);
    }

    public StreamedContent exporterXlsx() {
        return export(FormatTableau.XLSX);
    }

    /** Written by the service straight into the download as it reads the rows (one query, one transaction). */
    private StreamedContent export(FormatTableau format) {
        FiltreEtablissements f = filtre("uai", true);
        return DefaultStreamedContent.builder().name(nom(format.extension())).contentType(format.type())
                .writer(sortie -> referentiel.exporterEtablissements(f, format, sortie)).build();
    }

    /** PDF of the filtered list (JasperReports, embedded fonts); text is printed as given, never interpreted. */
    public StreamedContent exporterPdf() {
        return fichier("pdf", "application/pdf", ListeEtablissements.pdf(filtrees(), sousTitre()));
    }

    private String sousTitre() {
        List<String> criteres = new ArrayList<>();
        if (departement != null) {
            criteres.add("département " + departement);
        }
        if (nature != null) {
            criteres.add(nature.libelle());
        }
        if (educationPrioritaire != null) {
            criteres.add(educationPrioritaire.libelle());
        }
        if (secteur != null) {
            criteres.add(secteur.libelle());
        }
        if (texte != null && !texte.isBlank()) {
            criteres.add("« " + texte.trim() + " »");
        }
        return criteres.isEmpty() ? null : "Filtre : " + String.join(", ", criteres);
    }

    private static StreamedContent fichier(String extension, String type, byte[] contenu) {
        return DefaultStreamedContent.builder()
                .name(nom(extension))
                .contentType(type)
                .contentLength((long) contenu.length)
                .stream(() -> new ByteArrayInputStream(contenu))
                .build();
    }

    private static String nom(String extension) {
        return "etablissements-" + LocalDate.now() + "." + extension;
    }

    private List<Etablissement> filtrees() {
        return ListeEtablissements.toutes(referentiel, filtre("uai", true));
    }

    public ModelePagine<Etablissement> getModele() {
        return modele;
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public Nature[] getNatures() {
        return Nature.values();
    }

    public EducationPrioritaire[] getEducationsPrioritaires() {
        return EducationPrioritaire.values();
    }

    public Secteur[] getSecteurs() {
        return Secteur.values();
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

    public Secteur getSecteur() {
        return secteur;
    }

    public void setSecteur(Secteur secteur) {
        this.secteur = secteur;
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }
}
