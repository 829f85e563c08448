package fr.pacte.web.referentiel;

import fr.pacte.referentiel.Corps;
import fr.pacte.referentiel.FiltrePersonnels;
import fr.pacte.referentiel.Personnel;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.Locale;

/** Searches the personnels of the caller's scope. Analysts never get here: the data are nominative. */
@Named
@ViewScoped
public class RechercherPersonnelsView implements Serializable {

    private static final String TABLE = "formulaire:personnels";

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private boolean filtreUai;
    private ModelePagine<Personnel> modele;

    private String texte;
    private Corps corps;
    private String uai;

    @PostConstruct
    void initialiser() {
        Utilisateur u = securite.utilisateurCourant();
        autorise = u.voitLesNoms();
        // a chef d'établissement has one UAI: filtering on it would be noise
        filtreUai = u.voitToutLAcademie() || u.departement() != null;
        if (autorise) {
            modele = new ModelePagine<>((tri, asc, page, taille) -> referentiel.personnels(filtre(tri, asc), page, taille),
                    Personnel::identifiant);
        }
    }

    private FiltrePersonnels filtre(String tri, boolean ascendant) {
        String t = texte == null || texte.isBlank() ? null : texte.trim();
        String u = uai == null || uai.isBlank() ? null : uai.trim().toUpperCase(Locale.ROOT);
        return new FiltrePersonnels(filtreUai ? u : null, corps, t, tri, ascendant);
    }

    public void filtrer() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void reinitialiser() {
        texte = null;
        corps = null;
        uai = null;
        filtrer();
    }

    public boolean isAutorise() {
        return autorise;
    }

    public boolean isFiltreUai() {
        return filtreUai;
    }

    public ModelePagine<Personnel> getModele() {
        return modele;
    }

    public Corps[] getCorpsPossibles() {
        return Corps.values();
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }

    public Corps getCorps() {
        return corps;
    }

    public void setCorps(Corps corps) {
        this.corps = corps;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }
}
