package fr.pacte.entrepot;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** The annual report's tables for a campaign, already masked with the threshold {@code seuil}. */
public record RapportStatistique(String annee, String precedente, FiltreStatistiques filtre, int seuil,
        List<TableauStatistique> tableaux, OffsetDateTime editeLe) implements Serializable {

    public RapportStatistique {
        tableaux = List.copyOf(tableaux);
    }

    public TableauStatistique tableau(String code) {
        return tableaux.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Tableau inconnu : " + code));
    }
}
