package fr.pacte.database.demo;

import java.util.Random;

/** The five départements of the académie de Grenoble, weighted by their population. */
enum Departement {
    ARDECHE("007", "Ardèche", "de l'Ardèche", 10),
    DROME("026", "Drôme", "de la Drôme", 15),
    ISERE("038", "Isère", "de l'Isère", 38),
    SAVOIE("073", "Savoie", "de la Savoie", 13),
    HAUTE_SAVOIE("074", "Haute-Savoie", "de la Haute-Savoie", 24);

    final String code;
    final String libelle;
    /** The libellé with its French preposition and article, for labels such as "DASEN de l'Isère". */
    final String complement;
    private final int poids;

    Departement(String code, String libelle, String complement, int poids) {
        this.code = code;
        this.libelle = libelle;
        this.complement = complement;
        this.poids = poids;
    }

    String perimetre() {
        return libelle + " (" + code + ")";
    }

    static Departement tirer(Random random) {
        int total = 0;
        for (Departement d : values()) {
            total += d.poids;
        }
        int tirage = random.nextInt(total);
        for (Departement d : values()) {
            tirage -= d.poids;
            if (tirage < 0) {
                return d;
            }
        }
        throw new AssertionError();
    }
}
