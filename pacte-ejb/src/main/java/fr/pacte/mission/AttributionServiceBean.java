package fr.pacte.mission;

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
    private JournalMissions journal;

    @Inject
    private AttributionsAcademiques academiques;

    @Inject
    private Redeploiements redeploiements;

    @Override
    public AttributionEnregistree attribuer(NouvelleAttribution a) {
        return enregistrement.enregistrer(a, securite.utilisateurCourant(), catalogue(), taux());
    }

    @Override
    public AttributionVue annuler(long id) {
        Utilisateur u = securite.utilisateurCourant();
        // locked: of two cancellations at once, the second waits and finds it cancelled
        Attribution a = attributions.verrouiller(id);
        if (a == null || (u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(a.getUai()))) {
            throw new AccesRefuseException("Attribution inconnue ou hors de votre établissement : " + id);
        }
        if (a.isAcademique()) {
            AttributionsAcademiques.verifierRole(u); // the chef of the UAI of affectation cannot cancel it
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
    public RapportImport importer(String nomFichier, byte[] contenu) {
        return importAttributions.importer(nomFichier, contenu, securite.utilisateurCourant(), catalogue(), taux());
    }

    private Map<String, MissionCatalogue> catalogue() {
        return referentiel.catalogue().stream().collect(Collectors.toMap(MissionCatalogue::getCode, Function.identity()));
    }

    private Map<String, TauxImp> taux() {
        return referentiel.tauxImp().stream().collect(Collectors.toMap(TauxImp::getCodeSts, Function.identity()));
    }

    @Override
    public List<AttributionVue> redeployer(long idSource, long idCible, BigDecimal heures, String motif) {
        return redeploiements.redeployer(securite.utilisateurCourant(), catalogue(), idSource, idCible, heures, motif);
    }
}
