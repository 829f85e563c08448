package fr.pacte.attribution;


import java.util.Arrays;
import fr.pacte.commun.Page;
import fr.pacte.commun.RapportImport;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_CHEF})
public class AttributionServiceBean implements AttributionService {

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private AttributionRepository attributions;

    @Inject
    private ImportAttributions importAttributions;

    @Inject
    private EnregistrementAttribution enregistrement;

    @Inject
    private Event<AttributionsModifiees> modifiees;

    @Inject
    private JournalAttributions journal;

    @Inject
    private AttributionsAcademiques academiques;


    @Override
    public AttributionEnregistree attribuer(NouvelleAttribution a) {
        return enregistrement.enregistrer(a, securite.utilisateurCourant(), catalogue(), taux());
    }

    @Override
    public AttributionVue annuler(long id) {
        // locked: of two cancellations at once, the second waits and finds it cancelled
        Attribution a = modifiable(id);
        if (a.isAcademique()) {
            AttributionsAcademiques.verifierRole(securite.utilisateurCourant()); // the chef of the UAI of affectation cannot cancel it
        }
        AttributionVue avant = a.vue();
        if (!a.annuler()) {
            return avant; // already cancelled: nothing changes, no avenant, no journal entry
        }
        AttributionVue vue = a.vue();
        journal.attributionAnnulee(avant, vue);
        modifiees.fire(new AttributionsModifiees(vue.anneeScolaire(), vue.uai(), vue.identifiant()));
        return vue;
    }

    @Override
    public Page<AttributionVue> attributions(String annee, String uai, int page, int taille) {
        Utilisateur u = securite.utilisateurCourant();
        if (u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(uai)) {
            throw new AccesRefuseException("Hors de votre établissement : " + uai);
        }
        return new Page<>(attributions.lister(annee, uai, page, taille), attributions.compter(annee, uai), page, taille);
    }

    @Override
    public MissionsAcademiques academiques(String annee) {
        AttributionsAcademiques.verifierRole(securite.utilisateurCourant());
        return academiques.lister(annee);
    }

    @Override
    public RapportImport importer(String nomFichier, InputStream contenu) {
        return importAttributions.importer(nomFichier, contenu, securite.utilisateurCourant(), catalogue(), taux());
    }

    private Map<String, MissionCatalogue> catalogue() {
        return referentiel.catalogue().stream().collect(Collectors.toMap(MissionCatalogue::code, Function.identity()));
    }

    private Map<String, TauxImp> taux() {
        return referentiel.tauxImp().stream().collect(Collectors.toMap(TauxImp::codeSts, Function.identity()));
    }

    @Override
    public AttributionVue verrouiller(long id) {
        return modifiable(id).vue();
    }

    @Override
    public List<AttributionVue> verrouiller(long idSource, long idCible) {
        Attribution[] paire = paire(idSource, idCible);
        return Arrays.asList(paire[0].vue(), paire[1] == null ? null : paire[1].vue());
    }

    /** Both locked in id order (two opposite redéploiements queue instead of deadlocking), in the caller's scope. */
    private Attribution[] paire(long idSource, long idCible) {
        Attribution premiere = attributions.verrouiller(Math.min(idSource, idCible));
        Attribution seconde = attributions.verrouiller(Math.max(idSource, idCible));
        Attribution source = idSource <= idCible ? premiere : seconde;
        Attribution cible = idSource <= idCible ? seconde : premiere;
        if (source == null) {
            throw new AccesRefuseException("Attribution inconnue : " + idSource);
        }
        horsPerimetre(source);
        if (cible != null) {
            horsPerimetre(cible);
        }
        return new Attribution[]{source, cible};
    }

    @Override
    public List<AttributionVue> deplacerHeures(long idSource, long idCible, BigDecimal heures, BigDecimal parts) {
        Attribution[] paire = paire(idSource, idCible);
        Attribution source = paire[0];
        Attribution cible = paire[1];
        if (cible == null) {
            throw new AccesRefuseException("Attribution inconnue : " + idCible);
        }
        AttributionVue sourceAvant = source.vue();
        source.changerHeures(heures.negate());
        cible.changerHeures(heures);
        boolean transfert = !cible.getIdentifiant().equals(source.getIdentifiant());
        if (transfert) {
            cible.changerParts(parts);
            if (source.getParts().compareTo(parts) == 0) {
                source.annuler(); // every part goes: the hours done are 0 (the suivi's rule keeps them paid otherwise)
                journal.attributionAnnulee(sourceAvant, source.vue());
            } else {
                source.changerParts(parts.negate());
            }
        }
        // the hours (and in a transfer the parts) of both missions change: each signed letter concerned gets its avenant
        modifiees.fire(new AttributionsModifiees(source.getAnneeScolaire(), source.getUai(), source.getIdentifiant()));
        if (transfert) {
            modifiees.fire(new AttributionsModifiees(cible.getAnneeScolaire(), cible.getUai(), cible.getIdentifiant()));
        }
        attributions.synchroniser();
        return List.of(source.vue(), cible.vue());
    }

    private Attribution modifiable(long id) {
        Attribution a = attributions.verrouiller(id);
        if (a == null) {
            throw new AccesRefuseException("Attribution inconnue ou hors de votre établissement : " + id);
        }
        horsPerimetre(a);
        return a;
    }

    private void horsPerimetre(Attribution a) {
        Utilisateur u = securite.utilisateurCourant();
        if (u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(a.getUai())) {
            throw new AccesRefuseException("Attribution inconnue ou hors de votre établissement : " + a.getId());
        }
    }
}
