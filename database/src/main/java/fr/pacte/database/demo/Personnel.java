package fr.pacte.database.demo;

import java.time.LocalDate;

/** A generated row of referentiel.personnel. */
record Personnel(String identifiant, String civilite, String nom, String prenom, String sexe, LocalDate dateNaissance,
                 String corps, String discipline, String uaiAffectation) {

    String recherche() {
        return Recherche.de(nom, prenom, identifiant);
    }
}
