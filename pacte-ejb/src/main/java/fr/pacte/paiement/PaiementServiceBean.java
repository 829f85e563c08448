package fr.pacte.paiement;

import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Voie;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Personnel;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF})
public class PaiementServiceBean implements PaiementService {

    @Inject
    private SecuriteService securite;

    @Inject
    private ConsultationAttributionsService attributions;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private EcheanceRepository echeances;

    @Inject
    private ServiceFaitRepository servicesFaits;

    @Inject
    private Contextes contextes;

    @Inject
    private JournalService journal;

    @Override
    public EcheancierPersonnel personnel(String annee, String identifiant) {
        ContexteCampagne ctx = contextes.de(annee);
        List<AttributionVue> siennes = attributions.personnel(annee, identifiant);
        if (siennes.isEmpty() && securite.utilisateurCourant().role() != Role.RECTORAT) {
            throw new AccesRefuseException("Aucune mission de ce personnel dans votre périmètre : " + identifiant);
        }
        Releve r = Releve.de(ctx, siennes, echeances.envoyees(annee, null, identifiant));
        Personnel p = referentiel.personnelsParIdentifiant(Set.of(identifiant)).get(identifiant);
        BigDecimal voiePro = r.missions().stream()
                .filter(m -> !m.annulee() && Dispositif.PACTE.est(m.dispositif()) && Voie.VOIE_PRO.est(m.voie()))
                .map(MissionPayee::montantAnnuel).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal heures = r.missions().stream().filter(m -> !m.annulee()).map(MissionPayee::heuresDecharge)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new EcheancierPersonnel(identifiant, p == null ? "" : p.nom(), p == null ? "" : p.prenom(),
                r.missions(), r.lignes(), r.total(), voiePro, ctx.plafondVoiePro(), heures);
    }

    @Override
    public EcheancesEtablissement etablissement(String annee, String uai) {
        List<AttributionVue> siennes = attributions.etablissement(annee, uai);
        Releve r = Releve.de(contextes.de(annee), siennes, echeances.envoyees(annee, uai, null));
        return new EcheancesEtablissement(uai, r.missions(), r.lignes(), r.parMois(), r.total());
    }

    @Override
    public SynthesePaiements synthese(String annee) {
        Utilisateur u = securite.utilisateurCourant();
        String prefixe = switch (u.role()) {
            case DASEN -> u.departement();
            case CHEF_ETABLISSEMENT -> u.uai();
            default -> null;
        };
        referentiel.campagne(annee); // an unknown or malformed year: 404 naming it, not an empty synthesis
        // aggregates computed by PostgreSQL: sent rows as stored, the rest derived by paiement.a_verser (V31)
        YearMonth premierOuvert = contextes.premierOuvert(annee);
        List<TotalMois> mois = new ArrayList<>(echeances.envoyesParMois(annee, prefixe));
        mois.addAll(echeances.prevusParMois(annee, premierOuvert, prefixe));
        EcheanceRepository.MontantsAttribues montants = echeances.montantsAttribues(annee, prefixe);
        BigDecimal attribue = montants.attribue();
        BigDecimal enAttente = montants.enAttenteServiceFait();
        BigDecimal total = mois.stream().map(TotalMois::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SynthesePaiements(annee, mois, total, attribue, enAttente);
    }

    @Override
    public MissionPayee enregistrerServiceFait(long attributionId) {
        Utilisateur u = securite.utilisateurCourant();
        if (u.role() == Role.DASEN) {
            throw new AccesRefuseException("Le service fait est constaté par le chef d'établissement.");
        }
        AttributionVue a = attributions.attribution(attributionId);
        if (a.modalite() != Modalite.PONCTUELLE) {
            throw new ReglePaiementException("Service fait : seule une mission ponctuelle se paie après service fait"
                    + " (attribution " + attributionId + " : " + a.modalite().name().toLowerCase() + ").");
        }
        if (a.annulee()) {
            throw new ReglePaiementException("Service fait : l'attribution " + attributionId + " est annulée.");
        }
        if (servicesFaits.trouver(attributionId) == null) {
            servicesFaits.ajouter(new ServiceFait(attributionId, u.login()));
            journal.enregistrer(Evenement.etablissement("SERVICE_FAIT", "ATTRIBUTION", attributionId, a.anneeScolaire(),
                    a.uai(), Evenement.valeurs("serviceFait", false), Evenement.valeurs("serviceFait", true,
                            "identifiant", a.identifiant(), "codeMission", a.codeMission()), null));
        }
        return Releve.de(contextes.de(a.anneeScolaire()), List.of(a),
                echeances.envoyees(a.anneeScolaire(), a.uai(), a.identifiant())).missions().get(0);
    }
}
