package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class LettresZipTest {

    private static final Pattern NOM_ENTREE =
            Pattern.compile("[A-Z0-9_-]+/[A-Z0-9_-]+_[A-Za-z0-9_-]+_[A-Za-z0-9_-]+_v[0-9]+\\.pdf");

    private final RapportsPacte rapports = new RapportsPacte(RenduRapport.partage(), Clock.systemUTC());

    @Test
    void centLettresCentPdfValides() throws Exception {
        SortieSurveillee sortie = new SortieSurveillee();
        List<Integer> progression = new ArrayList<>();

        rapports.lettresDeMissionZip(Lettres.serie(100), sortie, progression::add);

        assertFalse(sortie.fermee, "le flux de l'appelant ne doit pas être fermé");
        assertEquals(100, progression.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i + 1, progression.get(i));
        }
        Set<String> noms = new HashSet<>();
        int pdfs = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(sortie.toByteArray()))) {
            for (ZipEntry entree = zip.getNextEntry(); entree != null; entree = zip.getNextEntry()) {
                String nom = entree.getName();
                assertTrue(NOM_ENTREE.matcher(nom).matches(), nom);
                assertTrue(noms.add(nom), "doublon " + nom);
                byte[] pdf = zip.readAllBytes();
                assertEquals(1, Pdfs.pages(pdf), nom);
                assertTrue(Pdfs.texteLu(pdf).contains("Lefèvre-Œhmichen"), nom);
                pdfs++;
            }
        }
        assertEquals(100, pdfs);
        assertTrue(noms.contains("0380002Z/LEFEVRE-OEHMICHEN_2_Helene_2_v1.pdf"), noms::toString);
        assertTrue(noms.contains("0380001Z/LEFEVRE-OEHMICHEN_1_Jerome_1_v2.pdf"), noms::toString);
    }

    @Test
    void identifiantDeLAppelantEtDoublons() throws Exception {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        List<LettreDeMission> lettres = List.of(Lettres.helene(1), Lettres.helene(1), Lettres.helene(2));

        rapports.lettresDeMissionZip(lettres, lettre -> "P-0042", sortie, null);

        assertEquals(List.of("0381234A/LEFEVRE-OEHMICHEN_Helene_P-0042_v1.pdf",
                "0381234A/LEFEVRE-OEHMICHEN_Helene_P-0042-2_v1.pdf",
                "0381234A/LEFEVRE-OEHMICHEN_Helene_P-0042_v2.pdf"), noms(sortie.toByteArray()));
    }

    @Test
    void nomsEnAsciiSansChemin() {
        assertEquals("LEFEVRE-OEHMICHEN", NomFichierLettre.ascii("Lefèvre-Œhmichen").toUpperCase());
        assertEquals("Helene", NomFichierLettre.ascii("Hélène"));
        assertEquals("etc_passwd", NomFichierLettre.ascii("../../etc/passwd"));
        assertEquals("_", NomFichierLettre.ascii("../"));
        assertEquals("_", NomFichierLettre.ascii(null));
        assertEquals(60, NomFichierLettre.ascii("x".repeat(200)).length());
    }

    private static List<String> noms(byte[] archive) throws IOException {
        List<String> noms = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entree = zip.getNextEntry(); entree != null; entree = zip.getNextEntry()) {
                noms.add(entree.getName());
            }
        }
        return noms;
    }

    private static final class SortieSurveillee extends ByteArrayOutputStream {
        private boolean fermee;

        @Override
        public void close() {
            fermee = true;
        }
    }
}
