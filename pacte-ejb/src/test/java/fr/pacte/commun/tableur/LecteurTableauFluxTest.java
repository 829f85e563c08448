package fr.pacte.commun.tableur;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The streamed reading of a deposited upload gives the rows and refusals of the whole-file reading. */
class LecteurTableauFluxTest {

    private static final List<String> COLONNES = List.of("code", "libelle");

    private static List<Ligne> parcourir(byte[] contenu) {
        Path fichier = LecteurTableau.deposer(new ByteArrayInputStream(contenu), "departements.csv");
        try {
            List<Ligne> lignes = new ArrayList<>();
            LecteurTableau.parcourir(fichier, "departements.csv", COLONNES, List.of(), lignes::add);
            return lignes;
        } finally {
            LecteurTableau.supprimer(fichier);
            assertFalse(Files.exists(fichier));
        }
    }

    @Test
    void memesLignesQueLaLectureEntiereEnUtf8AvecBomEtEnWindows1252() {
        String texte = "code;libelle\r\n\r\n001;\"Évreux; cœur\"\r\n974;La Réunion €\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = (new String(bom, StandardCharsets.UTF_8) + texte).getBytes(StandardCharsets.UTF_8);
        for (byte[] contenu : List.of(utf8, texte.getBytes(Charset.forName("windows-1252")),
                texte.getBytes(StandardCharsets.UTF_8))) {
            assertEquals(LecteurTableau.lire(contenu, "departements.csv", COLONNES).lignes(), parcourir(contenu));
        }
        assertEquals(4, parcourir(utf8).get(1).numero());
    }

    @Test
    void memesRefus() {
        for (String texte : List.of("", "code;libelle\n", "code\n034;Hérault\n", "code;libelle\n034;Hérault;en trop\n",
                "code;libelle\n034;\"Hérault\n")) {
            byte[] contenu = texte.getBytes(StandardCharsets.UTF_8);
            List<ErreurImport> attendues = assertThrows(ImportRefuseException.class,
                    () -> LecteurTableau.lire(contenu, "departements.csv", COLONNES)).erreurs();
            assertEquals(attendues, assertThrows(ImportRefuseException.class, () -> parcourir(contenu)).erreurs(), texte);
        }
    }

    @Test
    void auDelaDeLaTailleMaximaleLeDepotEstRefuse() {
        ImportRefuseException e = assertThrows(ImportRefuseException.class, () -> LecteurTableau.deposer(
                new ByteArrayInputStream(new byte[LecteurTableau.TAILLE_MAX + 1]), "gros.csv"));
        assertEquals("fichier trop volumineux : gros.csv (plus de 20 Mo pour 20 Mo au plus)", e.erreurs().get(0).regle());
    }
}
