package fr.pacte.web.referentiel;

import fr.pacte.commun.ConflitException;
import fr.pacte.commun.ModificationInterdite;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.CampagneService;
import fr.pacte.referentiel.CycleCampagne;
import fr.pacte.referentiel.ParametreCampagneRefuseException;
import fr.pacte.referentiel.ParametresCampagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.VersionCampagne;
import fr.pacte.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/** The rectorat creates the next campaign, sets it, opens it and closes it (campagnes.xhtml). */
@Named
@ViewScoped
public class GererCampagnesView implements Serializable {

    @Inject
    private transient CampagneService service;

    @Inject
    private transient ReferentielService referentiel;

    private List<Campagne> campagnes;
    private String nouvelleAnnee;
    private String annee;
    private FormulaireCampagne parametres;
    private List<VersionCampagne> historique;

    @PostConstruct
    void charger() {
        campagnes = referentiel.campagnes();
        nouvelleAnnee = campagnes.isEmpty() ? null : CycleCampagne.suivante(campagnes.get(0).anneeScolaire());
        if (annee == null && !campagnes.isEmpty()) {
            annee = campagnes.get(0).anneeScolaire();
        }
        choisir();
    }

    public void choisir() {
        Campagne c = annee == null ? null : campagnes.stream().filter(x -> x.anneeScolaire().equals(annee)).findFirst().orElse(null);
        parametres = c == null ? null : FormulaireCampagne.de(ParametresCampagne.de(c));
        historique = c == null ? List.of() : service.historique(annee);
    }

    public void creer() {
        executer("Campagne créée", () -> service.creer(nouvelleAnnee), "la campagne " + nouvelleAnnee
                + " est en préparation : vérifiez ses paramètres puis ouvrez-la");
    }

    public void enregistrer() {
        executer("Paramètres enregistrés", () -> service.parametrer(annee, parametres.versParametres()), null);
    }

    public void ouvrir() {
        executer("Campagne ouverte", () -> service.ouvrir(annee, parametres.getVersion()), null);
    }

    public void clore() {
        executer("Campagne close", () -> service.clore(annee, parametres.getVersion()),
                "la consommation de chaque enveloppe est figée ; seuls les paiements restant dus seront encore produits");
    }

    private void executer(String resume, Supplier<Campagne> action, String detail) {
        try {
            Campagne c = action.get();
            annee = c.anneeScolaire();
            Messages.info(resume, detail == null ? c.anneeScolaire() : detail);
        } catch (ConflitException | ParametreCampagneRefuseException e) {
            Messages.erreur("Refusé", e.getMessage());
        } catch (EJBException e) {
            Messages.erreur("Refusé", ModificationInterdite.message(e).orElseThrow(() -> e));
        }
        charger();
    }

    public List<Campagne> getCampagnes() {
        return campagnes;
    }

    public String getNouvelleAnnee() {
        return nouvelleAnnee;
    }

    public void setNouvelleAnnee(String nouvelleAnnee) {
        this.nouvelleAnnee = nouvelleAnnee;
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public Campagne getCampagne() {
        return campagnes.stream().filter(x -> x.anneeScolaire().equals(annee)).findFirst().orElse(null);
    }

    public FormulaireCampagne getParametres() {
        return parametres;
    }

    public List<VersionCampagne> getHistorique() {
        return historique;
    }
}
