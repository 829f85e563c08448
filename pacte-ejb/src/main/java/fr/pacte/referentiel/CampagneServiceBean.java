package fr.pacte.referentiel;

import fr.pacte.commun.ConflitException;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.List;

@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class CampagneServiceBean implements CampagneService {

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private SecuriteService securite;

    @Inject
    private JournalService journal;

    @Inject
    private Event<CampagneCloturee> cloturee;

    @Override
    public Campagne creer(String annee) {
        if (!CycleCampagne.anneeValide(annee)) {
            throw new ParametreCampagneRefuseException("annee", "année scolaire « " + annee + " » invalide : format attendu 2025-2026");
        }
        if (campagnes.trouver(annee) != null) {
            throw new ConflitException("la campagne " + annee + " existe déjà", null);
        }
        CampagneEntite modele = campagnes.trouver(CycleCampagne.precedente(annee));
        ParametresCampagne p = modele == null ? ParametresCampagne.parDefaut(annee) : ParametresCampagne.de(modele.vue()).anneeSuivante();
        verifier(annee, p);
        auteur();
        CampagneEntite c = CampagneEntite.nouvelle(annee, p);
        campagnes.ajouter(c);
        campagnes.ecrire();
        journal.enregistrer(Evenement.academie("CAMPAGNE_CREEE", "CAMPAGNE", annee, annee, null, null,
                ParametresCampagne.de(c.vue()), modele == null ? "première campagne de l'académie" : "à partir de " + modele.getAnneeScolaire()));
        return c.vue();
    }

    @Override
    public Campagne parametrer(String annee, ParametresCampagne p) {
        CampagneEntite c = verrouiller(annee, p.version() == null ? -1 : p.version());
        if (c.getStatut() == Campagne.Statut.CLOSE) {
            throw new ConflitException("la campagne " + annee + " est close : ses paramètres ne peuvent plus être modifiés", ParametresCampagne.de(c.vue()));
        }
        verifier(annee, p);
        ParametresCampagne avant = ParametresCampagne.de(c.vue());
        auteur();
        c.parametrer(p);
        campagnes.ecrire();
        journal.enregistrer(Evenement.academie("CAMPAGNE_PARAMETREE", "CAMPAGNE", annee, annee, null, avant, ParametresCampagne.de(c.vue()), null));
        return c.vue();
    }

    @Override
    public Campagne ouvrir(String annee, long version) {
        CampagneEntite c = verrouiller(annee, version);
        String refus = CycleCampagne.refusOuverture(annee, c.getStatut());
        if (refus != null) {
            throw new ConflitException(refus, ParametresCampagne.de(c.vue()));
        }
        auteur();
        c.ouvrir(OffsetDateTime.now());
        campagnes.ecrire();
        journal.enregistrer(Evenement.academie("CAMPAGNE_OUVERTE", "CAMPAGNE", annee, annee, null, "PREPARATION", "OUVERTE", null));
        return c.vue();
    }

    @Override
    public Campagne clore(String annee, long version) {
        CampagneEntite c = verrouiller(annee, version);
        String refus = CycleCampagne.refusCloture(annee, c.getStatut());
        if (refus != null) {
            throw new ConflitException(refus, ParametresCampagne.de(c.vue()));
        }
        // the figures are frozen while the year may still be written: the closed status makes it read-only (V23)
        cloturee.fire(new CampagneCloturee(annee));
        auteur();
        c.clore(OffsetDateTime.now(), securite.utilisateurCourant().login());
        campagnes.ecrire();
        journal.enregistrer(Evenement.academie("CAMPAGNE_CLOSE", "CAMPAGNE", annee, annee, null, "OUVERTE", "CLOSE",
                "consommation des enveloppes figée"));
        return c.vue();
    }

    @Override
    public List<VersionCampagne> historique(String annee) {
        return campagnes.historique(annee);
    }

    private CampagneEntite verrouiller(String annee, long version) {
        CampagneEntite c = campagnes.verrouiller(annee);
        if (c == null) {
            throw new CampagneIntrouvableException(annee);
        }
        if (c.getVersion() != version) {
            throw new ConflitException("la campagne " + annee + " a été modifiée entre-temps (version " + c.getVersion()
                    + ", vous aviez la " + version + ") : rechargez-la", ParametresCampagne.de(c.vue()));
        }
        return c;
    }

    private static void verifier(String annee, ParametresCampagne p) {
        List<CycleCampagne.Refus> refus = CycleCampagne.verifier(annee, p);
        if (!refus.isEmpty()) {
            throw new ParametreCampagneRefuseException(refus.get(0).champ(), refus.get(0).champ() + " : " + refus.get(0).message());
        }
    }

    /** The history trigger (V23) names the application's user rather than the database role. */
    private void auteur() {
        campagnes.nommerAuteur(securite.utilisateurCourant().login());
    }
}
