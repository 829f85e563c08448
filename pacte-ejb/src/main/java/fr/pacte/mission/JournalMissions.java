package fr.pacte.mission;

import fr.pacte.referentiel.Modalite;
import fr.pacte.commun.RapportImport;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the mission module writes in the audit trail (issue 14, point 4): the fields of each change that matter,
 * before and after, in the transaction of the change. The journal adds who and when. Only the services of this
 * module call it, one call per change, so that they keep their own logic readable.
 */
@Dependent
class JournalMissions {

    /** An attribution as the journal keeps it: what is paid and planned, never the whole entity. */
    public record EtatAttribution(String identifiant, String dispositif, String codeMission, BigDecimal parts, String tauxImp,
                           BigDecimal unitesImp, BigDecimal heures, LocalDate dateDebut, LocalDate dateFin,
                           Modalite modalite, boolean annulee) {

        static EtatAttribution de(AttributionVue a) {
            return new EtatAttribution(a.identifiant(), a.dispositif(), a.codeMission(), a.parts(), a.tauxImp(),
                    a.unitesImp(), a.heures(), a.dateDebut(), a.dateFin(), a.modalite(), a.annulee());
        }
    }

    /** The planned hours of both missions of a redéploiement, and the hours moved. */
    public record Redeploiement(long source, BigDecimal heuresSource, long cible, BigDecimal heuresCible, BigDecimal heures) {
    }

    public record Heures(BigDecimal heuresFaites) {
    }

    public record Bilan(String texte, String destinataire) {
    }

    public record Volontaire(String identifiant, boolean volontaire) {
    }

    /** A version of a letter: its number (1 = the letter, n = avenant n-1) and its state. */
    public record Version(int version, EtatLettre etat) {

        static Version de(VersionLettre v) {
            return new Version(v.numero(), v.etat());
        }
    }

    @Inject
    private JournalService journal;

    void attributionCreee(AttributionVue a) {
        journal.enregistrer(Evenement.etablissement("ATTRIBUTION_CREEE", "ATTRIBUTION", a.id(), a.anneeScolaire(), a.uai(),
                null, EtatAttribution.de(a), null));
    }

    /** Only when the attribution was still active: cancelling a cancelled one changes nothing. */
    void attributionAnnulee(AttributionVue avant, AttributionVue apres) {
        if (avant.annulee() == apres.annulee()) {
            return;
        }
        journal.enregistrer(Evenement.etablissement("ATTRIBUTION_ANNULEE", "ATTRIBUTION", apres.id(),
                apres.anneeScolaire(), apres.uai(), EtatAttribution.de(avant), EtatAttribution.de(apres), null));
    }

    /** One entry per attribution, so that the history of each (filtered by its id) shows its planned hours move. */
    void redeploiement(AttributionVue source, AttributionVue cible, BigDecimal heures, String motif) {
        Redeploiement avant = new Redeploiement(source.id(), source.heures().add(heures), cible.id(),
                cible.heures().subtract(heures), heures);
        Redeploiement apres = new Redeploiement(source.id(), source.heures(), cible.id(), cible.heures(), heures);
        String raison = motif == null || motif.isBlank() ? null : motif.strip();
        for (AttributionVue a : source.id() == cible.id() ? List.of(source) : List.of(source, cible)) {
            journal.enregistrer(Evenement.etablissement("REDEPLOIEMENT", "ATTRIBUTION", a.id(), a.anneeScolaire(),
                    a.uai(), avant, apres, raison));
        }
    }

    void heuresFaites(Attribution a, BigDecimal avant, LigneSuivi apres) {
        journal.enregistrer(Evenement.etablissement("HEURES_FAITES", "SUIVI_HEURES", a.getId(), a.getAnneeScolaire(),
                a.getUai(), new Heures(avant), new Heures(apres.heuresFaites()), null));
    }

    void bilan(Attribution a, LigneSuivi avant, LigneSuivi apres) {
        journal.enregistrer(Evenement.etablissement("BILAN_MODIFIE", "BILAN", a.getId(), a.getAnneeScolaire(), a.getUai(),
                avant.bilan() == null ? null : new Bilan(avant.bilan(), avant.destinataireBilan()),
                new Bilan(apres.bilan(), apres.destinataireBilan()), null));
    }

    void conseils(String annee, String uai, DatesConseils avant, DatesConseils apres) {
        boolean aucun = avant.conseilPedagogique() == null && avant.conseilAdministration() == null;
        journal.enregistrer(Evenement.etablissement("CONSEILS_MODIFIES", "CONSEILS", uai, annee, uai,
                aucun ? null : avant, apres, null));
    }

    /** Only a real change: marking a volunteer twice writes nothing. */
    void volontaire(String annee, String uai, String identifiant, boolean volontaire, boolean change) {
        if (change) {
            journal.enregistrer(Evenement.etablissement(volontaire ? "VOLONTAIRE_AJOUTE" : "VOLONTAIRE_RETIRE",
                    "VOLONTAIRE", identifiant, annee, uai, new Volontaire(identifiant, !volontaire),
                    new Volontaire(identifiant, volontaire), null));
        }
    }

    /** Only a brouillon can be signed (the letter refuses otherwise). */
    void lettreSignee(LettreDeMission lettre) {
        lettre(lettre, "LETTRE_SIGNEE", EtatLettre.BROUILLON, null);
    }

    /** Only a signed version can be accepted (the letter refuses otherwise). */
    void lettreAcceptee(LettreDeMission lettre, boolean parLeChef) {
        lettre(lettre, "LETTRE_ACCEPTEE", EtatLettre.SIGNEE,
                parLeChef ? "acceptation de l'agent enregistrée par le chef d'établissement" : null);
    }

    /** The signed or accepted version stays as it was; the avenant is the new current version, a brouillon. */
    void avenantOuvert(LettreDeMission ancienne, LettreDeMission avenant) {
        journal.enregistrer(Evenement.etablissement("AVENANT_OUVERT", "LETTRE", avenant.getIdentifiant(),
                avenant.getAnneeScolaire(), avenant.getUai(), Version.de(ancienne.vue()), Version.de(avenant.vue()),
                "missions modifiées après la signature"));
    }

    private void lettre(LettreDeMission lettre, String action, EtatLettre avant, String motif) {
        journal.enregistrer(Evenement.etablissement(action, "LETTRE", lettre.getIdentifiant(), lettre.getAnneeScolaire(),
                lettre.getUai(), new Version(lettre.getNumero(), avant), Version.de(lettre.vue()), motif));
    }

    void lotDemande(LotVue lot) {
        Map<String, Object> apres = new LinkedHashMap<>();
        apres.put("uai", lot.uai());
        apres.put("departement", lot.departement());
        apres.put("etat", lot.etat());
        journal.enregistrer(new Evenement("LOT_DEMANDE", "LOT_LETTRES", Long.toString(lot.id()), lot.anneeScolaire(),
                lot.departement(), lot.uai(), null, apres, null));
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
