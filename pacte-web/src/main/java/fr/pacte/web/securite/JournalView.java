package fr.pacte.web.securite;

import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.EntreeJournal;
import fr.pacte.securite.FiltreJournal;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.web.Messages;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The journal screen: every change and access event of the académie (a DASEN: of his département, applied by the
 * service), filtered by author, object, établissement and period, and its selection exported as CSV.
 */
@Named
@ViewScoped
public class JournalView implements Serializable {

    /** Kinds of object the modules journal, offered in the filter. */
    static final List<String> OBJETS = List.of("ALLOCATION", "RESERVE", "ENVELOPPE", "PUBLICATION", "DEMANDE", "IMPORT",
            "ATTRIBUTION", "SUIVI_HEURES", "BILAN", "CONSEILS", "VOLONTAIRE", "LETTRE", "LOT_LETTRES", "PAIEMENT",
            "CHARGEMENT", "ACCES");

    @Inject
    private JournalService journal;

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    private boolean autorise;
    private boolean dasen;
    private List<Departement> departements = List.of();
    private String auteur;
    private String objet;
    private String objetId;
    private String uai;
    private String departement;
    private LocalDate depuis;
    private LocalDate jusqua;
    private ModelePagine<EntreeJournal> modele;

    @PostConstruct
    void initialiser() {
        Utilisateur u = securite.utilisateurCourant();
        autorise = u.role() == Role.RECTORAT || u.role() == Role.DASEN;
        dasen = u.role() == Role.DASEN;
        if (!autorise) {
            return;
        }
        if (!dasen) {
            departements = referentiel.departements();
        }
        modele = new ModelePagine<>((tri, asc, page, taille) -> journal.rechercher(filtre(), page, taille),
                e -> String.valueOf(e.id()));
    }

    FiltreJournal filtre() {
        return new FiltreJournal(vide(auteur), vide(objet), vide(objetId), uai == null ? null : vide(uai.toUpperCase()),
                dasen ? null : vide(departement), depuis, jusqua);
    }

    private static String vide(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The table reads the filters anew at each page; a refused filter (another département's UAI) is said. */
    public void filtrer() {
        try {
            journal.rechercher(filtre(), 0, 1);
        } catch (AccesRefuseException e) {
            Messages.erreur("Filtre refusé", e.getMessage());
            uai = null;
        }
    }

    public StreamedContent exporterCsv() {
        byte[] contenu = journal.exporterCsv(filtre());
        return DefaultStreamedContent.builder().name("journal.csv").contentType("text/csv;charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(contenu)).build();
    }

    public List<String> getObjets() {
        return OBJETS;
    }

    public boolean isAutorise() {
        return autorise;
    }

    public boolean isDasen() {
        return dasen;
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public ModelePagine<EntreeJournal> getModele() {
        return modele;
    }

    public String getAuteur() {
        return auteur;
    }

    public void setAuteur(String auteur) {
        this.auteur = auteur;
    }

    public String getObjet() {
        return objet;
    }

    public void setObjet(String objet) {
        this.objet = objet;
    }

    public String getObjetId() {
        return objetId;
    }

    public void setObjetId(String objetId) {
        this.objetId = objetId;
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

    public LocalDate getJusqua() {
        return jusqua;
    }

    public void setJusqua(LocalDate jusqua) {
        this.jusqua = jusqua;
    }
}
