package fr.pacte.entrepot.exploration;

import fr.pacte.commun.tableur.EcritureTableau;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A published pivot as CSV (UTF-8 with BOM, ';') or as streamed XLSX: the header, the rows as the screen shows them
 * ("s" where masked, "—" where not applicable), then the question and the rule of the secret below the table.
 */
public final class ExportExploration {

    private ExportExploration() {
    }

    public static byte[] csv(Pivot p) {
        return EcritureTableau.csv(p.entetes(), lignes(p));
    }

    public static void xlsx(Pivot p, OutputStream sortie) {
        List<List<String>> lignes = lignes(p);
        EcritureTableau.xlsx("Exploration", p.entetes(), ecrire -> lignes.forEach(ecrire), sortie);
    }

    public static String nomFichier(Pivot p, String extension) {
        return "exploration-" + p.question().annee() + "-" + p.question().lignes().name().toLowerCase()
                + "-" + p.question().colonnes().name().toLowerCase() + "-" + p.question().mesure().name().toLowerCase()
                + "." + extension;
    }

    private static List<List<String>> lignes(Pivot p) {
        List<List<String>> l = new ArrayList<>(p.texte());
        l.add(List.of());
        l.add(List.of(p.question().libelle()));
        l.add(List.of("Mesure : " + p.question().mesure().definition() + "."));
        l.add(List.of(p.regle()));
        return l;
    }
}
