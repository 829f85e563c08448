package fr.pacte.demande;

import java.time.LocalDate;

/** Criteria of a request list; null means any. The caller's scope is applied on top. */
public record FiltreDemandes(String anneeScolaire, EtatDemande etat, NatureDemande nature, String uai,
                             String departement, LocalDate depuis, LocalDate jusquA) {

    public static FiltreDemandes toutes() {
        return new FiltreDemandes(null, null, null, null, null, null, null);
    }
}
