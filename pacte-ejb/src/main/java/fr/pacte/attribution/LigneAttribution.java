package fr.pacte.attribution;

import fr.pacte.referentiel.Modalite;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One active attribution as a letter prints it: the catalogue's label, and for an IMP its rate with the number of
 * IMP (the rate's coefficient) and the annual amount of the rate; {@code bilanRemisA} the catalogue's recipient of
 * the bilan d'activité (seed 001).
 */
public record LigneAttribution(String dispositif, String libelle, LocalDate debut, LocalDate fin, BigDecimal parts,
                               BigDecimal heures, String codeTaux, String libelleTaux, BigDecimal nombreImp,
                               BigDecimal montantAnnuel, Modalite modalite, String bilanRemisA) {

    public LigneAttribution(String dispositif, String libelle, LocalDate debut, LocalDate fin, BigDecimal parts,
                            BigDecimal heures, String codeTaux, String libelleTaux, BigDecimal nombreImp,
                            BigDecimal montantAnnuel, Modalite modalite) {
        this(dispositif, libelle, debut, fin, parts, heures, codeTaux, libelleTaux, nombreImp, montantAnnuel, modalite,
                null);
    }
}
