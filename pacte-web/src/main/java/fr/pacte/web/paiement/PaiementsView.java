package fr.pacte.web.paiement;

import fr.pacte.paiement.EtatFichiers;
import fr.pacte.paiement.ExecutionPaiementService;
import fr.pacte.paiement.ExecutionVue;
import fr.pacte.paiement.FichierPaiement;
import fr.pacte.paiement.FormatFichier;
import fr.pacte.paiement.PaiementService;
import fr.pacte.paiement.ReglePaiementException;
import fr.pacte.paiement.SynthesePaiements;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.Messages;
import fr.pacte.web.ChoixCampagne;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The rectorat's payment page: the totals per month of the campaign reconciled with the attributions, the
 * monthly run (confirmed before a month is closed) and the files of the closed months. A DASEN sees the totals of
 * his département only.
 */
@Named
@ViewScoped
public class PaiementsView implements Serializable {

    @Inject
    private PaiementService paiements;

    @Inject
    private ExecutionPaiementService executions;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private boolean rectorat;
    private ChoixCampagne choix;
    private SynthesePaiements synthese;
    private List<ExecutionVue> closes = List.of();
    private YearMonth prochainMois;

    @PostConstruct
    void initialiser() {
        Role role = securite.utilisateurCourant().role();
        rectorat = role == Role.RECTORAT;
        autorise = rectorat || role == Role.DASEN;
        if (!autorise) {
            return;
        }
        choix = ChoixCampagne.depuis(referentiel);
        lire();
    }

    public void lire() {
        synthese = choix.getAnnee() == null ? null : paiements.synthese(choix.getAnnee());
        if (rectorat && choix.getAnnee() != null) {
            closes = executions.executions(choix.getAnnee());
            prochainMois = executions.prochainMois(choix.getAnnee());
        }
    }

    public void clore() {
        try {
            ExecutionVue e = executions.executer(choix.getAnnee(), prochainMois);
            Messages.info("Mois clos", e.lignes() + " lignes envoyées à la paie pour " + e.mois()
                    + " ; ses fichiers sont en préparation.");
        } catch (ReglePaiementException ex) {
            Messages.erreur("Clôture refusée", ex.getMessage());
        }
        lire();
    }

    /** The poll's call while files are being written: the list of closed months only. */
    public void suivre() {
        closes = executions.executions(choix.getAnnee());
    }

    public boolean isFichiersEnCours() {
        return closes.stream().anyMatch(e -> e.etatFichiers() == EtatFichiers.EN_COURS);
    }

    public void relancer(ExecutionVue e) {
        executions.relancerFichiers(choix.getAnnee(), e.mois());
        Messages.info("Préparation relancée", "Les fichiers de " + e.mois() + " sont en cours de préparation.");
        lire();
    }

    public StreamedContent fichier(ExecutionVue e, String format) {
        FichierPaiement f = executions.fichier(choix.getAnnee(), e.mois(), FormatFichier.valueOf(format));
        byte[] contenu = f.contenu();
        return DefaultStreamedContent.builder().name(f.nom()).contentType(f.type())
                .contentLength((long) contenu.length).stream(() -> new ByteArrayInputStream(contenu)).build();
    }

    public boolean isAutorise() {
        return autorise;
    }

    public boolean isRectorat() {
        return rectorat;
    }

    public ChoixCampagne getChoix() {
        return choix;
    }

    public SynthesePaiements getSynthese() {
        return synthese;
    }

    public List<ExecutionVue> getCloses() {
        return closes;
    }

    public YearMonth getProchainMois() {
        return prochainMois;
    }
}
