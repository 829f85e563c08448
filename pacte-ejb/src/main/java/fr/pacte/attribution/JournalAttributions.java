package fr.pacte.attribution;

import fr.pacte.commun.RapportImport;
import fr.pacte.referentiel.Modalite;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import fr.pacte.securite.Utilisateur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the attribution module writes in the audit trail (issue 14, point 4): the fields of each change that matter,
 * before and after, in the transaction of the change. The journal adds who and when. One call per change, so that
 * the services keep their own logic readable; letters and suivi keep their own journal.
 */
@Dependent
public class JournalAttributions {

    /** An attribution as the journal keeps it: what is paid and planned, never the whole entity. */
    public record EtatAttribution(String identifiant, String dispositif, String codeMission, BigDecimal parts, String tauxImp,
                           BigDecimal unitesImp, BigDecimal heures, LocalDate dateDebut, LocalDate dateFin,
                           Modalite modalite, boolean annulee) {

        static EtatAttribution de(AttributionVue a) {
            return new EtatAttribution(a.identifiant(), a.dispositif(), a.codeMission(), a.parts(), a.tauxImp(),
                    a.unitesImp(), a.heures(), a.dateDebut(), a.dateFin(), a.modalite(), a.annulee());
        }
    }

    @Inject
    private JournalService journal;

    void attributionCreee(AttributionVue a) {
        journal.enregistrer(Evenement.etablissement("ATTRIBUTION_CREEE", "ATTRIBUTION", a.id(), a.anneeScolaire(), a.uai(),
                null, EtatAttribution.de(a), null));
    }

    /** Only when the attribution was still active: cancelling a cancelled one changes nothing. */
    public void attributionAnnulee(AttributionVue avant, AttributionVue apres) {
        if (avant.annulee() == apres.annulee()) {
            return;
        }
        journal.enregistrer(Evenement.etablissement("ATTRIBUTION_ANNULEE", "ATTRIBUTION", apres.id(),
                apres.anneeScolaire(), apres.uai(), EtatAttribution.de(avant), EtatAttribution.de(apres), null));
    }

    /** The import itself, besides one entry per attribution it created: the file and its counts. */
    void importAttributions(RapportImport rapport, Utilisateur u, Set<String> annees) {
        Map<String, Object> apres = new LinkedHashMap<>();
        apres.put("type", "ATTRIBUTIONS");
        apres.put("fichier", rapport.nomFichier());
        apres.put("crees", rapport.crees());
        apres.put("modifies", rapport.modifies());
        apres.put("inchanges", rapport.inchanges());
        apres.put("annees", new TreeSet<>(annees));
        journal.enregistrer(new Evenement("IMPORT_ATTRIBUTIONS", "IMPORT", rapport.nomFichier(),
                annees.size() == 1 ? annees.iterator().next() : null, u.departement(), u.uai(), null, apres, null));
    }
}
