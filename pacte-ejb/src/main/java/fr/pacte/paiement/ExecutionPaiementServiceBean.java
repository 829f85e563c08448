package fr.pacte.paiement;

import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class ExecutionPaiementServiceBean implements ExecutionPaiementService {

    private static final System.Logger JOURNAL = System.getLogger(ExecutionPaiementServiceBean.class.getName());

    @Inject
    private SecuriteService securite;

    @Inject
    private EcheanceRepository echeances;

    @Inject
    private ExecutionRepository executions;

    @Inject
    private Event<MoisClos> moisClos;

    @Inject
    private PreparationFichiers preparation;

    @Inject
    private SuiviFichiers suivi;

    @Inject
    private JournalService journal;

    @Inject
    private fr.pacte.referentiel.ReferentielService referentiel;

    @Override
    public YearMonth prochainMois(String annee) {
        return ContexteCampagne.premierOuvert(annee, executions.dernierMoisClos(annee));
    }

    @Override
    public ExecutionVue executer(String annee, YearMonth mois) {
        String auteur = securite.utilisateurCourant().login();
        referentiel.campagne(annee); // an unknown campaign: 404 with its name, before anything is written
        executions.verrouiller(annee);
        Execution close = executions.trouver(annee, mois);
        if (close != null) {
            return close.vue();
        }
        long t0 = System.nanoTime();
        verifierMois(annee, mois, prochainMois(annee));
        Execution execution = new Execution(annee, mois, auteur, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        executions.ajouter(execution);
        // the month's lines computed and inserted by PostgreSQL (paiement.a_verser, the rules of Echeancier)
        EcheanceRepository.Envoi envoi = echeances.envoyer(annee, mois, execution.getId());
        execution.envoyee(envoi.lignes(), envoi.total());
        ExecutionVue vue = execution.vue();
        journal.enregistrer(Evenement.academie("MOIS_CLOS", "PAIEMENT", annee + "/" + mois, annee, null, null,
                Evenement.valeurs("mois", mois.toString(), "lignes", vue.lignes(), "montantTotal", vue.montantTotal()), null));
        // the files are written once this transaction has committed
        moisClos.fire(new MoisClos(execution.getId()));
        JOURNAL.log(System.Logger.Level.INFO, "Paie {0} {1} : {2} lignes envoyées en {3} ms", annee, mois, vue.lignes(),
                (System.nanoTime() - t0) / 1_000_000);
        return vue;
    }

    @Override
    public ExecutionVue relancerFichiers(String annee, YearMonth mois) {
        Execution e = executions.trouver(annee, mois);
        if (e == null) {
            throw new ReglePaiementException("Mois " + mois + " : pas encore clos, aucun fichier de paie pour " + annee + ".");
        }
        if (e.etatFichiers() != EtatFichiers.ECHEC) {
            return e.vue();
        }
        suivi.relancer(e.getId());
        preparation.lancer(e.getId());
        // the relaunch was written in a transaction of its own: this one's entity still reads ECHEC
        ExecutionVue v = e.vue();
        return new ExecutionVue(v.id(), v.anneeScolaire(), v.mois(), v.executeeLe(), v.executeePar(), v.lignes(),
                v.montantTotal(), EtatFichiers.EN_COURS, 0);
    }

    private static void verifierMois(String annee, YearMonth mois, YearMonth premierOuvert) {
        int debut = Integer.parseInt(annee.substring(0, 4));
        if (mois.isBefore(Echeancier.premierMois(debut)) || mois.isAfter(YearMonth.of(debut + 1, 9))) {
            throw new ReglePaiementException("Mois " + mois + " : hors de l'année scolaire " + annee
                    + " (les paiements vont d'octobre " + debut + " à septembre " + (debut + 1) + ").");
        }
        if (!mois.equals(premierOuvert)) {
            throw new ReglePaiementException("Mois " + mois + " : les mois se clôturent dans l'ordre, le prochain mois"
                    + " à clore est " + premierOuvert + ".");
        }
    }

    @Override
    public List<ExecutionVue> executions(String annee) {
        return executions.lister(annee);
    }

    @Override
    public FichierPaiement fichier(String annee, YearMonth mois, FormatFichier format) {
        Execution e = executions.trouver(annee, mois);
        if (e == null) {
            throw new ReglePaiementException("Mois " + mois + " : pas encore clos, aucun fichier de paie pour "
                    + annee + ".");
        }
        return new FichierPaiement(format.nomFichier(annee, mois), format.type(), e.fichier(format));
    }
}
