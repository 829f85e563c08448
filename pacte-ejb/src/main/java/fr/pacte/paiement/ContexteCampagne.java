package fr.pacte.paiement;

import fr.pacte.referentiel.Dispositif;
import fr.pacte.attribution.AttributionVue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What deriving the schedules of a campaign needs besides the attributions (which carry their yearly amount):
 * the late-start rule, the services faits, and the first month still open.
 */
public record ContexteCampagne(String annee, EntreeTardive entreeTardive, Set<Long> servicesFaits, YearMonth premierOuvert,
                               BigDecimal plafondVoiePro) {

    public BigDecimal montantAnnuel(AttributionVue a) {
        return a.montant();
    }

    public List<Versement> theorique(AttributionVue a) {
        return Echeancier.theorique(BaseEcheancier.de(a, servicesFaits.contains(a.id()), entreeTardive));
    }

    /** The unsent instalments of an attribution, given the total already sent (null if never paid). */
    public List<LigneEcheance> aVerser(AttributionVue a, BigDecimal envoye) {
        List<LigneEcheance> lignes = new ArrayList<>();
        String taux = Dispositif.PACTE.est(a.dispositif()) ? a.parts().stripTrailingZeros().toPlainString() : a.tauxImp();
        for (Versement v : Echeancier.aVerser(theorique(a), envoye, premierOuvert)) {
            lignes.add(new LigneEcheance(a.id(), a.identifiant(), a.uai(), a.dispositif(), a.codeMission(), taux,
                    v.mois(), v.montant(), v.regularisation(), false));
        }
        return lignes;
    }

    /** Nothing sent yet: October of the campaign; afterwards the month after the last closed one. */
    public static YearMonth premierOuvert(String annee, YearMonth dernierClos) {
        return dernierClos == null ? Echeancier.premierMois(Integer.parseInt(annee.substring(0, 4))) : dernierClos.plusMonths(1);
    }
}
