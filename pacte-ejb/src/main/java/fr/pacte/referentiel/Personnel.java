package fr.pacte.referentiel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/**
 * A personnel of the académie as the référentiel publishes it (nominative: only to the profiles that see names);
 * {@code remplacant}: a TZR or contractuel remplaçant (V35), left out of the DEPP's population.
 */
public record Personnel(String identifiant, Civilite civilite, String nom, String prenom, Sexe sexe,
                        LocalDate dateNaissance, Corps corps, String discipline, String uaiAffectation,
                        boolean remplacant) implements Serializable {

    public int age(LocalDate date) {
        return Period.between(dateNaissance, date).getYears();
    }
}
