package fr.pacte.database.demo;

import java.time.Duration;
import java.util.List;

/** What a load wrote: rows inserted per table, the accounts created and the time taken. */
public record Resultat(int departements, int etablissements, int personnels, int campagnes,
                       List<CompteDemo> comptes, Duration duree) {

    public Resultat {
        comptes = List.copyOf(comptes);
    }
}
