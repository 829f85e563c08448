package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRStyle;
import org.junit.jupiter.api.Test;

/** Garde-fou pour les modèles à venir : chacun compile et déclare la police embarquée par défaut. */
class ModelesTest {

    private static final Path RACINE = Path.of("src/main/resources/rapports");

    @Test
    void chaqueModeleCompileAvecDejaVuSansParDefaut() throws IOException {
        RenduRapport rendu = new RenduRapport();
        List<String> noms = noms();
        assertFalse(noms.isEmpty());
        for (String nom : noms) {
            JRStyle defaut = rendu.modele(nom).getDefaultStyle();
            assertNotNull(defaut, nom + " : pas de style par défaut");
            assertEquals("DejaVu Sans", defaut.getOwnFontName(), nom);
        }
    }

    private static List<String> noms() throws IOException {
        try (Stream<Path> fichiers = Files.walk(RACINE)) {
            return fichiers.map(f -> RACINE.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".jrxml"))
                    .map(f -> f.substring(0, f.length() - ".jrxml".length()))
                    .toList();
        }
    }
}
