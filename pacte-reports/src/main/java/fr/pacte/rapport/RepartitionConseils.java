package fr.pacte.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * La répartition d'un établissement « présentée, pour avis, au conseil d'administration, après avis du conseil
 * pédagogique » (seed 003) : les missions attribuées, les volontaires, l'enveloppe et ce qu'il en reste. Les dates des
 * conseils peuvent être nulles (pas encore fixées).
 */
public record RepartitionConseils(String uai, String etablissement, String anneeScolaire, LocalDate conseilPedagogique,
                                  LocalDate conseilAdministration, List<Ligne> missions, List<String> volontaires,
                                  BigDecimal parts, BigDecimal partsAttribuees, BigDecimal imp,
                                  BigDecimal impAttribues) {

    /** Une mission attribuée : {@code quotite} « 1 part(s) » ou « 0,5 IMP (taux moitié) », {@code heures} nul si forfait. */
    public record Ligne(String personnel, String mission, String dispositif, String quotite, BigDecimal heures,
                        boolean volontaire) {
    }

    public RepartitionConseils {
        missions = missions == null ? List.of() : List.copyOf(missions);
        volontaires = volontaires == null ? List.of() : List.copyOf(volontaires);
    }
}
