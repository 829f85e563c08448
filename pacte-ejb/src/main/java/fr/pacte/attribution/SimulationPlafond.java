package fr.pacte.attribution;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What-if on the per-person cap of parts outside the voie professionnelle (« how many parts would move if the cap
 * went from 3 to 4 »). A person is <em>at the cap</em> when the Pacte parts he holds outside the voie professionnelle
 * in the campaign reach the current cap. The parts that could move are, over the volunteers at the cap, what the new
 * cap would leave each one room for (new cap − parts held, never below 0). An upper bound: the envelopes left are not
 * counted.
 */
public final class SimulationPlafond {

    private SimulationPlafond() {
    }

    /** One person's Pacte parts outside the voie professionnelle in the campaign, and whether he volunteered. */
    public record PartsPersonne(String identifiant, BigDecimal parts, boolean volontaire) {
    }

    public record Resultat(int plafondActuel, int plafondEnvisage, int personnesAvecParts, int personnesAuPlafond,
                           int volontairesAuPlafond, BigDecimal partsSupplementaires) implements Serializable {
    }

    public static Resultat simuler(List<PartsPersonne> personnes, int plafondActuel, int plafondEnvisage) {
        BigDecimal actuel = BigDecimal.valueOf(plafondActuel);
        BigDecimal envisage = BigDecimal.valueOf(plafondEnvisage);
        int auPlafond = 0;
        int volontaires = 0;
        BigDecimal supplement = BigDecimal.ZERO;
        for (PartsPersonne p : personnes) {
            if (p.parts().compareTo(actuel) >= 0) {
                auPlafond++;
                if (p.volontaire()) {
                    volontaires++;
                    supplement = supplement.add(envisage.subtract(p.parts()).max(BigDecimal.ZERO));
                }
            }
        }
        return new Resultat(plafondActuel, plafondEnvisage, personnes.size(), auPlafond, volontaires, supplement);
    }
}
