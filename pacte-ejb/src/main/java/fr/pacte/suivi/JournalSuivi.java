package fr.pacte.suivi;

import fr.pacte.attribution.AttributionVue;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

/** What the suivi writes in the audit trail (issue 14, point 4): hours, bilans, conseils, volunteers, redéploiements. */
@Dependent
class JournalSuivi {

    /** The planned hours of both missions of a redéploiement, and the hours moved. */
    public record Redeploiement(long source, BigDecimal heuresSource, long cible, BigDecimal heuresCible, BigDecimal heures) {
    }

    public record Heures(BigDecimal heuresFaites) {
    }

    public record Bilan(String texte, String destinataire) {
    }

    public record Volontaire(String identifiant, boolean volontaire) {
    }

    @Inject
    private JournalService journal;

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

    void heuresFaites(AttributionVue a, BigDecimal avant, LigneSuivi apres) {
        journal.enregistrer(Evenement.etablissement("HEURES_FAITES", "SUIVI_HEURES", a.id(), a.anneeScolaire(),
                a.uai(), new Heures(avant), new Heures(apres.heuresFaites()), null));
    }

    void bilan(AttributionVue a, LigneSuivi avant, LigneSuivi apres) {
        journal.enregistrer(Evenement.etablissement("BILAN_MODIFIE", "BILAN", a.id(), a.anneeScolaire(), a.uai(),
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

}
