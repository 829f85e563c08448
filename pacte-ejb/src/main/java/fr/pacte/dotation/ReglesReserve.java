package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Campagne;

import java.math.BigDecimal;
import java.util.Map;

/** Checks a new reserve against quanta and what remains of the allocation (the old reserve is given back first). */
final class ReglesReserve {

    private final Campagne campagne;
    private final Map<LigneAllocation, Allocation> allocation;

    ReglesReserve(Campagne campagne, Map<LigneAllocation, Allocation> allocation) {
        this.campagne = campagne;
        this.allocation = allocation;
    }

    /** @param actuelle the département's reserve before the change, or null when it has none yet */
    void controler(Reserve actuelle, BigDecimal premier, BigDecimal second, BigDecimal voiePro, BigDecimal imp) {
        BigDecimal quantum = Quantites.quantumParts(campagne.demiPartsAutorisees());
        controler(LigneAllocation.PREMIER_DEGRE, premier, quantum, actuelle == null ? BigDecimal.ZERO : actuelle.parts(Voie.PREMIER_DEGRE));
        controler(LigneAllocation.SECOND_DEGRE, second, quantum, actuelle == null ? BigDecimal.ZERO : actuelle.parts(Voie.SECOND_DEGRE));
        controler(LigneAllocation.VOIE_PRO, voiePro, quantum, actuelle == null ? BigDecimal.ZERO : actuelle.parts(Voie.VOIE_PRO));
        controler(LigneAllocation.IMP, imp, Quantites.QUART_IMP, actuelle == null ? BigDecimal.ZERO : actuelle.getImp());
    }

    private void controler(LigneAllocation ligne, BigDecimal valeur, BigDecimal quantum, BigDecimal ancienne) {
        String erreur = Quantites.erreur(valeur, quantum, "Réserve – " + ligne.libelle(), Quantite.Borne.ALLOCATION);
        if (erreur != null) {
            throw new RegleDotationException(ligne.name(), erreur);
        }
        BigDecimal delta = valeur.subtract(ancienne);
        Allocation a = allocation.get(ligne);
        BigDecimal reste = a == null ? BigDecimal.ZERO : a.etat().reste();
        if (delta.compareTo(reste) > 0) {
            throw new RegleDotationException(ligne.name(), "Réserve trop élevée (" + ligne.libelle() + ") : il reste "
                    + Quantites.format(reste) + " " + ligne.unite() + " à distribuer.");
        }
    }
}
