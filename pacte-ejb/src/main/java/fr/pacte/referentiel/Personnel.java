package fr.pacte.referentiel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/** A personnel of the académie as the référentiel publishes it (nominative: only to the profiles that see names). */
public record Personnel(String identifiant, Civilite civilite, String nom, String prenom, Sexe sexe,
                        LocalDate dateNaissance, Corps corps, String discipline, String uaiAffectation) implements Serializable {

    public int age(LocalDate date) {
        return Period.between(dateNaissance, date).getYears();
    }
}
