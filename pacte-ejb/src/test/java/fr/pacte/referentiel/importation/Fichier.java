package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.commun.tableur.Tableau;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the table of a CSV file written line by line, as a user would type it. */
final class Fichier {

    private Fichier() {
    }

    static Tableau csv(List<String> colonnes, String... lignes) {
        String texte = String.join("\r\n", lignes) + "\r\n";
        return LecteurTableau.lire(texte.getBytes(StandardCharsets.UTF_8), "import.csv", colonnes);
    }

    static List<String> enClair(List<ErreurImport> erreurs) {
        return erreurs.stream().map(ErreurImport::enClair).toList();
    }
}
