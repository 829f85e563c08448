package fr.pacte.securite;

import fr.pacte.commun.RapportImport;

import java.util.List;

/**
 * Outcome of an accounts file: the report (counts, or every error of a refused file) and, when accepted, the
 * one-time password of each account created, to hand over this once (they are stored only hashed).
 */
public record ImportComptes(RapportImport rapport, List<MotDePasseUnique> motsDePasse) {

    /** Required columns of the file. */
    public static final List<String> COLONNES = List.of("login", "role");
    /** Columns a file may omit: the scope of its roles, the display name (the login when empty), the e-mail. */
    public static final List<String> COLONNES_FACULTATIVES = List.of("departement", "circonscription", "uai",
            "identifiant", "nom_affiche", "courriel");

    public ImportComptes {
        motsDePasse = List.copyOf(motsDePasse);
    }

    /** The header of a complete file, as the screen shows it. */
    public static String entete() {
        return String.join(";", COLONNES) + ";" + String.join(";", COLONNES_FACULTATIVES);
    }
}
