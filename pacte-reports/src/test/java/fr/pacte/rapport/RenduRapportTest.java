package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

class RenduRapportTest {

    private static final String ESSAI = "essai-montants";

    private final RenduRapport rendu = new RenduRapport();

    @Test
    void compileUneSeuleFoisMemeEnParallele() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Callable<JasperReport> charger = () -> rendu.modele(ESSAI);
            List<Future<JasperReport>> resultats = threads.invokeAll(List.of(charger, charger, charger, charger));
            JasperReport premier = resultats.get(0).get();
            for (Future<JasperReport> resultat : resultats) {
                assertSame(premier, resultat.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refuseUnNomHorsDuDossierDesRapports() {
        assertThrows(RapportException.class, () -> rendu.modele("../secret"));
        assertThrows(RapportException.class, () -> rendu.modele("/etc/passwd"));
        assertThrows(RapportException.class, () -> rendu.modele("Liste"));
    }

    @Test
    void signaleUnModeleIntrouvable() {
        RapportException erreur = assertThrows(RapportException.class, () -> rendu.modele("inexistant"));
        assertTrue(erreur.getMessage().contains("/rapports/inexistant.jrxml"));
    }

    @Test
    void formatFrancaisDesMontants() {
        assertEquals("1\u202F250,00\u00A0€", FormatFrancais.montant(new BigDecimal("1250")));
    }

    @Test
    void montantsAuFormatFrancaisDepuisUneSourceMap() throws Exception {
        List<Map<String, ?>> lignes = List.of(Map.of("libelle", "Dotation", "montant", new BigDecimal("1250")));

        String texte = Pdfs.texte(rendu.pdf(ESSAI, Map.of(), lignes));

        assertTrue(texte.contains(FormatFrancais.montant(new BigDecimal("1250"))), texte);
        assertTrue(espacesOrdinaires(texte).contains("Dotation 1 250,00 €"), texte);
    }

    @Test
    void litUneSourceDeBeans() throws Exception {
        String texte = Pdfs.texte(rendu.pdf(ESSAI, Map.of(), List.of(new Ligne("Reliquat", new BigDecimal("-3.5")))));

        assertTrue(espacesOrdinaires(texte).contains("Reliquat -3,50 €"), texte);
    }

    @Test
    void ecritDansUnFlux() {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();

        rendu.pdf(ESSAI, Map.of(), SourcesDonnees.de(List.of()), sortie);

        assertTrue(new String(sortie.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    private static String espacesOrdinaires(String texte) {
        return texte.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** Bean classique, pour la source JRBeanCollectionDataSource. */
    public static final class Ligne {
        private final String libelle;
        private final BigDecimal montant;

        Ligne(String libelle, BigDecimal montant) {
            this.libelle = libelle;
            this.montant = montant;
        }

        public String getLibelle() {
            return libelle;
        }

        public BigDecimal getMontant() {
            return montant;
        }
    }
}
