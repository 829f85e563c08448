package fr.pacte.referentiel;

import java.util.Arrays;
import java.util.Optional;

/** The référentiel files the rectorat imports; the path is the one of POST /api/imports/{kind}. */
public enum TypeImport {
    DEPARTEMENTS("departements", "Départements"),
    ETABLISSEMENTS("etablissements", "Établissements"),
    PERSONNELS("personnels", "Personnels");

    private final String chemin;
    private final String libelle;

    TypeImport(String chemin, String libelle) {
        this.chemin = chemin;
        this.libelle = libelle;
    }

    public String chemin() {
        return chemin;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<TypeImport> depuisChemin(String chemin) {
        return Arrays.stream(values()).filter(t -> t.chemin.equals(chemin)).findFirst();
    }
}
