package fr.pacte.paiement;

import fr.pacte.attribution.AttributionVue;
import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class ExecutionPaiementServiceBean implements ExecutionPaiementService {

    /** The file's order: by établissement, person, mission; the regularisation after the month's instalment. */
    static final Comparator<LigneEcheance> ORDRE_FICHIER = Comparator.comparing(LigneEcheance::uai)
            .thenComparing(LigneEcheance::identifiant).thenComparing(LigneEcheance::dispositif)
            .thenComparing(LigneEcheance::codeMission).thenComparing(LigneEcheance::attributionId)
            .thenComparing(LigneEcheance::regularisation);

    private static final System.Logger JOURNAL = System.getLogger(ExecutionPaiementServiceBean.class.getName());

    @Inject
    private SecuriteService securite;

    @Inject
    private ConsultationAttributionsService attributions;

    @Inject
    private EcheanceRepository echeances;

    @Inject
    private ExecutionRepository executions;

    @Inject
    private Contextes contextes;

    @Inject
    private FichiersPaiement fichiers;

    @Inject
    private JournalService journal;

    @Override
    public YearMonth prochainMois(String annee) {
        return ContexteCampagne.premierOuvert(annee, executions.dernierMoisClos(annee));
    }

    @Override
    public ExecutionVue executer(String annee, YearMonth mois) {
        String auteur = securite.utilisateurCourant().login();
        executions.verrouiller(annee);
        Execution close = executions.trouver(annee, mois);
        if (close != null) {
            return close.vue();
        }
        long t0 = System.nanoTime();
        ContexteCampagne ctx = contextes.de(annee);
        verifierMois(annee, mois, ctx.premierOuvert());
        Map<Long, BigDecimal> envoyes = echeances.totauxEnvoyes(annee);
        List<AttributionVue> campagne = attributions.campagne(annee);
        long t1 = System.nanoTime();
        List<LigneEcheance> lignes = new ArrayList<>();
        for (AttributionVue a : campagne) {
            lignes.addAll(ctx.aVerser(a, envoyes.get(a.id())));
        }
        long t2 = System.nanoTime();
        Execution execution = new Execution(annee, mois, auteur, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        executions.ajouter(execution);
        echeances.remplacerNonEnvoyees(annee, lignes, mois, execution.getId());
        long t3 = System.nanoTime();
        List<LigneEcheance> duMois = lignes.stream().filter(l -> l.mois().equals(mois)).sorted(ORDRE_FICHIER).toList();
        fichiers.produire(execution, duMois);
        ExecutionVue vue = execution.vue();
        journal.enregistrer(Evenement.academie("MOIS_CLOS", "PAIEMENT", annee + "/" + mois, annee, null, null,
                Evenement.valeurs("mois", mois.toString(), "lignes", vue.lignes(), "montantTotal", vue.montantTotal()), null));
        JOURNAL.log(System.Logger.Level.INFO, "Paie {0} {1} : {2} attributions lues en {3} ms, {4} échéances dérivées en {5} ms,"
                + " écrites en {6} ms, {7} lignes et fichiers en {8} ms", annee, mois, campagne.size(), ms(t0, t1),
                lignes.size(), ms(t1, t2), ms(t2, t3), duMois.size(), ms(t3, System.nanoTime()));
        return execution.vue();
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

    private static long ms(long debut, long fin) {
        return (fin - debut) / 1_000_000;
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
