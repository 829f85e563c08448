package fr.pacte.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Mission particulière rémunérée en IMP : taux STSWeb ({@code codeTaux} 001 à 005, {@code libelleTaux}
 * « taux de base »…), nombre d'IMP et montant annuel en euros, tous deux imprimés ; {@code montantAnnuel}
 * peut être nul (décharge de service). {@code modalite} : « annuelle (neuvièmes d'octobre à juin) »,
 * « ponctuelle (après service fait) » ou « décharge de service (3 h hebdomadaires) » ; {@code bilanRemisA} :
 * destinataire du bilan d'activité (seed 001), nul s'il n'est pas connu.
 */
public record MissionImpLettre(
        String libelle,
        LocalDate debut,
        LocalDate fin,
        String codeTaux,
        String libelleTaux,
        BigDecimal nombreImp,
        BigDecimal montantAnnuel,
        String modalite,
        String bilanRemisA) {

    public MissionImpLettre(String libelle, LocalDate debut, LocalDate fin, String codeTaux, String libelleTaux,
                            BigDecimal nombreImp, BigDecimal montantAnnuel, String modalite) {
        this(libelle, debut, fin, codeTaux, libelleTaux, nombreImp, montantAnnuel, modalite, null);
    }
}
