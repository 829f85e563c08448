package fr.pacte.database.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Weighted word lists read from a UTF-8 resource: "[section]" headers, one value a line,
 * an optional "|weight" suffix (default 1), "#" comments.
 */
final class Listes {

    private final Map<String, Liste> sections;

    private Listes(Map<String, Liste> sections) {
        this.sections = sections;
    }

    static Listes lire(String ressource) {
        Map<String, List<String>> valeurs = new LinkedHashMap<>();
        Map<String, List<Integer>> poids = new LinkedHashMap<>();
        String section = null;
        try (InputStream in = Listes.class.getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException("Ressource introuvable : " + ressource);
            }
            BufferedReader lecteur = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String ligne = lecteur.readLine(); ligne != null; ligne = lecteur.readLine()) {
                ligne = ligne.strip();
                if (ligne.isEmpty() || ligne.startsWith("#")) {
                    continue;
                }
                if (ligne.startsWith("[") && ligne.endsWith("]")) {
                    section = ligne.substring(1, ligne.length() - 1);
                    valeurs.put(section, new ArrayList<>());
                    poids.put(section, new ArrayList<>());
                } else if (section == null) {
                    throw new IllegalStateException(ressource + " : valeur hors section « " + ligne + " »");
                } else {
                    int barre = ligne.lastIndexOf('|');
                    valeurs.get(section).add(barre < 0 ? ligne : ligne.substring(0, barre).strip());
                    poids.get(section).add(barre < 0 ? 1 : Integer.parseInt(ligne.substring(barre + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Liste> sections = new LinkedHashMap<>();
        valeurs.forEach((nom, v) -> sections.put(nom, new Liste(v, poids.get(nom))));
        return new Listes(sections);
    }

    /** A value drawn with the probability of its weight. */
    String tirer(String section, Random random) {
        return liste(section).tirer(random);
    }

    List<String> valeurs(String section) {
        return liste(section).valeurs;
    }

    boolean contient(String section) {
        return sections.containsKey(section);
    }

    private Liste liste(String section) {
        Liste liste = sections.get(section);
        if (liste == null || liste.valeurs.isEmpty()) {
            throw new IllegalStateException("Liste de démonstration absente ou vide : " + section);
        }
        return liste;
    }

    private static final class Liste {
        final List<String> valeurs;
        final int[] cumul;

        Liste(List<String> valeurs, List<Integer> poids) {
            this.valeurs = List.copyOf(valeurs);
            this.cumul = new int[poids.size()];
            int total = 0;
            for (int i = 0; i < cumul.length; i++) {
                total += poids.get(i);
                cumul[i] = total;
            }
        }

        String tirer(Random random) {
            int tirage = random.nextInt(cumul[cumul.length - 1]);
            int bas = 0;
            int haut = cumul.length - 1;
            while (bas < haut) {
                int milieu = (bas + haut) >>> 1;
                if (cumul[milieu] > tirage) {
                    haut = milieu;
                } else {
                    bas = milieu + 1;
                }
            }
            return valeurs.get(bas);
        }
    }
}
