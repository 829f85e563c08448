package fr.pacte.web.lettre;

import fr.pacte.lettre.LettreRefuseeException;
import fr.pacte.lettre.LettreService;
import fr.pacte.lettre.LettreVue;
import fr.pacte.lettre.LotLettresService;
import fr.pacte.lettre.LotVue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.web.Messages;
import fr.pacte.web.ChoixCampagne;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The letters of an établissement for a campaign: the chef signs them, records an acceptance given on paper,
 * downloads one PDF or all of them as a ZIP produced in the background; the rectorat and the DASEN read them,
 * établissement by établissement.
 */
@Named
@ViewScoped
public class LettresView implements Serializable {

    @Inject
    private LettreService lettres;

    @Inject
    private LotLettresService lots;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private boolean chef;
    private ChoixCampagne choix;
    private String uai;
    private List<LettreVue> liste = List.of();
    private LettreVue cible;
    private LotVue lot;

    @PostConstruct
    void initialiser() {
        Utilisateur u = securite.utilisateurCourant();
        autorise = u.role() == Role.CHEF_ETABLISSEMENT || u.role() == Role.RECTORAT || u.role() == Role.DASEN;
        if (!autorise) {
            return;
        }
        chef = u.role() == Role.CHEF_ETABLISSEMENT;
        uai = chef ? u.uai() : null;
        choix = ChoixCampagne.depuis(referentiel);
        charger();
    }

    public void charger() {
        lot = null;
        if (choix.getAnnee() == null || uai == null || uai.isBlank()) {
            liste = List.of();
            return;
        }
        uai = uai.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            liste = lettres.lettres(choix.getAnnee(), uai);
        } catch (AccesRefuseException e) {
            liste = List.of();
            Messages.erreur("Établissement hors de votre périmètre", e.getMessage());
        }
    }

    public void signer() {
        try {
            lettres.signer(cible.anneeScolaire(), cible.uai(), cible.identifiant());
            Messages.info("Lettre signée", "La lettre de mission de " + cible.prenom() + " " + cible.nom()
                    + " est signée.");
        } catch (LettreRefuseeException e) {
            Messages.erreur("Signature impossible", e.getMessage());
        }
        charger();
    }

    public void enregistrerAcceptation(LettreVue l) {
        try {
            lettres.accepter(l.anneeScolaire(), l.uai(), l.identifiant());
            Messages.info("Acceptation enregistrée", l.prenom() + " " + l.nom() + " a accepté sa lettre de mission.");
        } catch (LettreRefuseeException e) {
            Messages.erreur("Acceptation impossible", e.getMessage());
        }
        charger();
    }

    public StreamedContent telecharger(LettreVue l) {
        return TelechargementLettre.pdf(lettres, l);
    }

    public void lancerZip() {
        lot = lots.lancer(choix.getAnnee(), uai);
    }

    /** Read by the progress bar at each poll: the lot's state is in the database, written by the worker. */
    public int getPourcentage() {
        if (lot == null) {
            return 0;
        }
        lot = lots.lot(lot.id());
        return lot.fini() ? 100 : lot.pourcentage();
    }

    public void zipTermine() {
        if (lot != null && lot.etat() == fr.pacte.lettre.EtatLot.ECHEC) {
            Messages.erreur("Échec du ZIP", lot.message());
        }
    }

    public StreamedContent archive() {
        LotVue termine = lots.lot(lot.id());
        long id = termine.id();
        LotLettresService service = lots;
        // the ZIP is read from PostgreSQL straight into the response (whichever node answers)
        return DefaultStreamedContent.builder()
                .name("lettres-de-mission-" + choix.getAnnee() + "-" + uai + ".zip")
                .contentType("application/zip")
                .contentLength(termine.taille())
                .writer(sortie -> {
                    try {
                        service.ecrireArchive(id, sortie);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public boolean isAutorise() {
        return autorise;
    }

    public boolean isChef() {
        return chef;
    }

    public ChoixCampagne getChoix() {
        return choix;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        if (!chef) {
            this.uai = uai;
        }
    }

    public List<LettreVue> getListe() {
        return liste;
    }

    public LettreVue getCible() {
        return cible;
    }

    public void setCible(LettreVue cible) {
        this.cible = cible;
    }

    public LotVue getLot() {
        return lot;
    }
}
