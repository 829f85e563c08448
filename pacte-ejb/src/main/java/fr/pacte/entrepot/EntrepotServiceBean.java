package fr.pacte.entrepot;

import fr.pacte.commun.Noeud;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;

@Stateless
@RolesAllowed({Role.R_ANALYSTE, Role.R_RECTORAT})
public class EntrepotServiceBean implements EntrepotService {

    static final String JOB = "entrepot-chargement";

    @Inject
    private SecuriteService securite;

    @Inject
    private ChargementRepository chargements;

    @Inject
    private StatistiquesRepository statistiques;

    @Inject
    private RelanceChargement relance;

    @Inject
    private JournalService journal;

    @Inject
    private PublicationRapports publications;

    /** Outside a transaction: the load's row is committed before the job's thread updates it. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Chargement charger(List<String> annees, long pauseMs) {
        List<String> connues = campagnes();
        for (String a : annees) {
            if (!connues.contains(a)) {
                throw new CampagneNonChargeeException("Campagne inconnue : " + a);
            }
        }
        String liste = String.join(",", annees);
        long id = chargements.creer(annees.isEmpty() ? "toutes" : liste, securite.utilisateurCourant().login());
        Properties p = new Properties();
        p.setProperty("chargement", Long.toString(id));
        p.setProperty("annees", liste);
        p.setProperty("pause", Long.toString(Math.max(0, pauseMs)));
        long execution = operateur().start(JOB, p);
        chargements.lancer(id, execution, Noeud.nom());
        journal.enregistrerSepare(evenement("CHARGEMENT_LANCE", id, null, Evenement.valeurs("annees",
                annees.isEmpty() ? "toutes" : liste, "execution", execution)));
        return chargement(id);
    }

    /**
     * Restarts from the last checkpoint. A load whose node has gone silent (crash, kill) restarts too, on this node,
     * once: the claim is the database's, so a load another node runs, alive, is refused.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Chargement reprendre(long id) {
        Chargement c = chargement(id);
        if (c.executionId() == null || !c.reprenable()
                || !chargements.reclamer(id, Noeud.nom(), ReglagesVeille.silenceSecondes())) {
            throw new CampagneNonChargeeException("Le chargement " + id + " n'est ni arrêté ni en échec ("
                    + c.statut() + ").", true);
        }
        long execution;
        try {
            execution = relance.relancer(id);
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            throw new CampagneNonChargeeException("Le chargement " + id + " ne peut pas reprendre : il est encore en "
                    + "cours ou déjà terminé.", true);
        }
        journal.enregistrerSepare(evenement("CHARGEMENT_REPRIS", id, Evenement.valeurs("statut", c.statut(),
                "execution", c.executionId()), Evenement.valeurs("execution", execution)));
        return chargement(id);
    }

    @Override
    public Chargement arreter(long id) {
        Chargement c = chargement(id);
        if (c.executionId() != null && c.enCours()) {
            operateur().stop(c.executionId());
            journal.enregistrer(evenement("CHARGEMENT_ARRETE", id, Evenement.valeurs("statut", c.statut(),
                    "execution", c.executionId()), null));
        }
        return chargement(id);
    }

    private static Evenement evenement(String action, long chargement, Object avant, Object apres) {
        return Evenement.academie(action, "CHARGEMENT", chargement, null, null, avant, apres, null);
    }

    @Override
    public Chargement chargement(long id) {
        return chargements.trouver(id)
                .orElseThrow(() -> new CampagneNonChargeeException("Chargement inconnu : " + id));
    }

    @Override
    public List<Chargement> chargements() {
        return chargements.derniers(50);
    }

    @Override
    public List<String> campagnes() {
        return statistiques.campagnes();
    }

    @Override
    public List<String> campagnesChargees() {
        return statistiques.campagnesChargees();
    }

    @Override
    public int seuil() {
        return PublicationRapports.seuil();
    }

    /** Outside a transaction: a first reading computes and stores the report (longer than a transaction's timeout). */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RapportStatistique rapport(String annee, FiltreStatistiques filtre) {
        if (!statistiques.campagnesChargees().contains(annee)) {
            throw new CampagneNonChargeeException("La campagne " + annee + " n'est pas chargée dans l'entrepôt.");
        }
        FiltreStatistiques f = filtre == null ? FiltreStatistiques.AUCUN : filtre;
        SecretDesRapports.verifier(f);
        String precedente = statistiques.campagnePrecedente(annee).orElse(null);
        int seuil = seuil();
        // computed once per load, every filtered version masked together (issue 18), then read from the database
        List<TableauStatistique> tableaux = publications.tableaux(annee, f, seuil);
        return new RapportStatistique(annee, precedente, f, seuil, tableaux, OffsetDateTime.now());
    }

    @Override
    public void journaliserEdition(RapportStatistique r, String format, long dureeMs) {
        chargements.journaliserEdition(r.annee(), r.filtre().libelle(), r.seuil(), format,
                securite.utilisateurCourant().login(), dureeMs);
    }

    @Override
    public List<Edition> editions() {
        return chargements.editions(50);
    }

    private static JobOperator operateur() {
        return BatchRuntime.getJobOperator();
    }
}
