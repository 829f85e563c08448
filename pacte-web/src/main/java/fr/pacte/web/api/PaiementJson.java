package fr.pacte.web.api;

import fr.pacte.paiement.EcheancesEtablissement;
import fr.pacte.paiement.EcheancierPersonnel;
import fr.pacte.paiement.ExecutionVue;
import fr.pacte.paiement.LigneEcheance;
import fr.pacte.paiement.MissionPayee;
import fr.pacte.paiement.SynthesePaiements;
import fr.pacte.paiement.TotalMois;

import java.math.BigDecimal;
import java.util.List;

/** JSON shapes of the payment API; months are written "2046-10". */
public final class PaiementJson {

    private PaiementJson() {
    }

    public record Ligne(long attributionId, String identifiant, String uai, String dispositif, String codeMission, String taux,
                 String mois, BigDecimal montant, boolean regularisation, boolean envoyee) {
        static Ligne de(LigneEcheance l) {
            return new Ligne(l.attributionId(), l.identifiant(), l.uai(), l.dispositif(), l.codeMission(), l.taux(),
                    l.mois().toString(), l.montant(), l.regularisation(), l.envoyee());
        }
    }

    public record Mois(String mois, long lignes, BigDecimal montant, BigDecimal regularisations, boolean clos) {
        static List<Mois> de(List<TotalMois> totaux) {
            return totaux.stream().map(t -> new Mois(t.mois().toString(), t.lignes(), t.montant(), t.regularisations(),
                    t.clos())).toList();
        }
    }

    /** {@code fichiers}: EN_COURS (with {@code progression} in percent), PRETS or ECHEC. */
    public record Execution(long id, String annee, String mois, String executeeLe, String executeePar, int lignes,
                     BigDecimal montantTotal, String fichiers, int progression) {
        static Execution de(ExecutionVue e) {
            return new Execution(e.id(), e.anneeScolaire(), e.mois().toString(), e.executeeLe().toString(),
                    e.executeePar(), e.lignes(), e.montantTotal(), e.etatFichiers().name(), e.progression());
        }
    }

    public record Personnel(String identifiant, String nom, String prenom, List<MissionPayee> missions, List<Ligne> echeances,
                     BigDecimal totalAnnee, BigDecimal totalVoiePro, BigDecimal plafondVoiePro,
                     boolean plafondVoieProAtteint, BigDecimal heuresDecharge) {
        static Personnel de(EcheancierPersonnel p) {
            return new Personnel(p.identifiant(), p.nom(), p.prenom(), p.missions(),
                    p.echeances().stream().map(Ligne::de).toList(), p.totalAnnee(), p.totalVoiePro(),
                    p.plafondVoiePro(), p.plafondVoieProAtteint(), p.heuresDecharge());
        }
    }

    public record Etablissement(String uai, List<MissionPayee> missions, List<Ligne> echeances, List<Mois> mois,
                         BigDecimal total) {
        static Etablissement de(EcheancesEtablissement e) {
            return new Etablissement(e.uai(), e.missions(), e.echeances().stream().map(Ligne::de).toList(),
                    Mois.de(e.mois()), e.total());
        }
    }

    public record Synthese(String annee, List<Mois> mois, BigDecimal totalEcheances, BigDecimal totalAttributions,
                    BigDecimal enAttenteServiceFait, boolean concordant) {
        static Synthese de(SynthesePaiements s) {
            return new Synthese(s.annee(), Mois.de(s.mois()), s.totalEcheances(), s.totalAttributions(),
                    s.enAttenteServiceFait(), s.concordant());
        }
    }

    /** Body of POST …/executions. */
    public record DemandeExecution(String mois) {
    }
}
