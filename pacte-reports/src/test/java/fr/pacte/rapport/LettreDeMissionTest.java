package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class LettreDeMissionTest {

    private static final String OBJET = "OBJET : LETTRE DE MISSION POUR LA PART FONCTIONNELLE DE L'ISOE";

    private final RapportsPacte rapports = new RapportsPacte(RenduRapport.partage(), Clock.systemUTC());

    @Test
    void suitLeModeleDuBulletinOfficielDansSonOrdre() throws Exception {
        byte[] pdf = rapports.lettreDeMissionPdf(Lettres.helene(1));
        String texte = Pdfs.texteLu(pdf);

        assertEquals(1, Pdfs.pages(pdf));
        assertDansLOrdre(texte,
                "Établissement : 0381234A – CLG Collège Jean-Jaurès Échirolles",
                "Année scolaire : 2025-2026",
                "Le chef d'établissement à Mme Hélène Lefèvre-Œhmichen",
                "Discipline : Lettres modernes",
                OBJET,
                "Madame,",
                "En référence au décret n° 2023-xxx, vous vous êtes engagé(e) pour l'année scolaire 2025-2026 "
                        + "à réaliser l'ensemble des missions précisées ci-après.",
                "Les missions complémentaires",
                "Sur la base du volontariat, les missions complémentaires peuvent porter sur des activités "
                        + "pédagogiques en présence des élèves.",
                "Selon les cas, elles sont réalisées :",
                "pour certaines, sous la forme d'un volume horaire annuel ;",
                "pour d'autres, sous la forme d'un engagement annuel.",
                "La rémunération en sera assurée à travers l'attribution d'une ou de plusieurs part(s) "
                        + "fonctionnelle(s) de l'indemnité de suivi et d'orientation des élèves (ISOE) et, pour les "
                        + "missions particulières, par l'indemnité pour mission particulière (IMP).",
                "Les missions que vous vous engagez à accomplir",
                "« Devoirs faits » du 01/09/2025 au 30/06/2026, 1 part(s) fonctionnelle(s) (24 h)",
                "« Coordonner et mettre en œuvre des projets pédagogiques innovants » du 01/09/2025 au 30/06/2026, "
                        + "1 part(s) fonctionnelle(s) (engagement annuel)",
                "Les missions particulières rémunérées par l'IMP",
                "« Référent pour les ressources et usages pédagogiques numériques » du 01/09/2025 au 30/06/2026, "
                        + "taux moitié (002) – 0,5 IMP – 625,00 € annuels ; modalité : annuelle (neuvièmes "
                        + "d'octobre à juin)",
                "Le nombre d'heures réalisées au titre des missions fera l'objet d'un suivi attentif tout au long "
                        + "de l'année scolaire. S'il s'avère que, pour des raisons liées aux besoins du service, le "
                        + "nombre d'heures prévues n'apparaît pas en mesure d'être accompli avant la fin de l'année "
                        + "scolaire, j'arrêterai en temps utile leur redéploiement sur d'autres missions quantifiées "
                        + "en heures pour le volume horaire restant à accomplir.",
                "Échirolles, le 2 octobre 2025",
                "Le chef d'établissement",
                "François Cœurdevey",
                "Lettre de mission – 0381234A – 2025-2026 – version 1");
        assertFalse(texte.contains("AVENANT"), texte);
        assertFalse(texte.contains("null"), texte);
    }

    @Test
    void montantEnEurosAuFormatFrancais() throws Exception {
        MissionImpLettre base = new MissionImpLettre("Coordonnateur de discipline", Lettres.RENTREE, Lettres.FIN,
                "003", "taux de base", BigDecimal.ONE, new BigDecimal("1250"), Lettres.ANNUELLE);

        String texte = Pdfs.texteLu(rapports.lettreDeMissionPdf(
                Lettres.lettre("M.", "Jérôme", "Çelik", List.of(), List.of(base), 1)));

        assertTrue(texte.contains("taux de base (003) – 1 IMP – 1 250,00 € annuels"), texte);
        assertTrue(texte.contains("Monsieur,"), texte);
        assertTrue(texte.contains("Le chef d'établissement à M. Jérôme Çelik"), texte);
    }

    @Test
    void unAvenantLeDitDansLObjetEtLePied() throws Exception {
        String texte = Pdfs.texteLu(rapports.lettreDeMissionPdf(Lettres.helene(2)));

        assertTrue(texte.contains(OBJET + " ET DES MISSIONS PARTICULIÈRES (IMP) – AVENANT N° 1"), texte);
        assertTrue(texte.contains("Lettre de mission – 0381234A – 2025-2026 – version 2"), texte);
    }

    @Test
    void imprimeLeTexteHostileTelQuel() throws Exception {
        String nom = "<b>Durand</b> $P{SIGNATAIRE} & \" <script>alert(1)</script>";
        MissionLettre mission = new MissionLettre("<style isBold=\"true\">Club</style> ${jndi:ldap://x}",
                Lettres.RENTREE, Lettres.FIN, BigDecimal.ONE, null);

        String texte = Pdfs.texteLu(rapports.lettreDeMissionPdf(
                Lettres.lettre("Mme", "=HYPERLINK(\"http://x\")", nom, List.of(mission), List.of(), 1)));

        assertTrue(texte.contains("Mme =HYPERLINK(\"http://x\") " + nom), texte);
        assertTrue(texte.contains("« <style isBold=\"true\">Club</style> ${jndi:ldap://x} »"), texte);
    }

    @Test
    void embarqueDejaVu() throws Exception {
        List<PDFont> polices = Pdfs.polices(rapports.lettreDeMissionPdf(Lettres.helene(1)));

        // Une seule police : le gras en ajouterait une seconde, près de 20 % du temps de rendu.
        assertEquals(1, polices.stream().map(PDFont::getName).distinct().count(), polices::toString);
        for (PDFont police : polices) {
            assertTrue(police.isEmbedded(), () -> police.getName() + " n'est pas embarquée");
            assertTrue(police.getName().contains("DejaVu"), () -> police.getName() + " n'est pas DejaVu");
        }
    }

    @Test
    void sixMissionsTiennentSurUnePage() throws Exception {
        MissionImpLettre decharge = new MissionImpLettre("Coordonnateur des activités physiques, sportives et "
                + "artistiques", Lettres.RENTREE, Lettres.FIN, "003", "taux de base", new BigDecimal("3"), null,
                "décharge de service (3 h hebdomadaires)");
        LettreDeMission lettre = Lettres.lettre("Mme", "Hélène", "Lefèvre-Œhmichen",
                List.of(Lettres.remplacement(), Lettres.devoirsFaits(), Lettres.projetsInnovants(),
                        new MissionLettre("Accompagner les collégiens dans leur découverte des métiers et de la voie "
                                + "professionnelle", Lettres.RENTREE, Lettres.FIN, new BigDecimal("0.5"),
                                new BigDecimal("12"))),
                List.of(Lettres.referentNumerique(), decharge), 3);

        byte[] pdf = rapports.lettreDeMissionPdf(lettre);
        String texte = Pdfs.texteLu(pdf);

        assertEquals(1, Pdfs.pages(pdf), texte);
        assertDansLOrdre(texte, "« Remplacement de courte durée » du 01/09/2025 au 30/06/2026, 1 part(s) "
                        + "fonctionnelle(s) (18 h)",
                "voie professionnelle » du 01/09/2025 au 30/06/2026, 0,5 part(s) fonctionnelle(s) (12 h)",
                "taux de base (003) – 3 IMP ; modalité : décharge de service (3 h hebdomadaires)",
                "François Cœurdevey", "version 3");
    }

    @Test
    void sansMissionNiChampFacultatif() throws Exception {
        LettreDeMission lettre = new LettreDeMission("0381234A", null, "Collège Jean-Jaurès", null, "2025-2026",
                null, null, "Martin", null, "décret n° 2023-xxx", null, null, null, null, 1);

        String texte = Pdfs.texteLu(rapports.lettreDeMissionPdf(lettre));

        assertTrue(texte.contains("Établissement : 0381234A – Collège Jean-Jaurès Année scolaire"), texte);
        assertTrue(texte.contains("Le chef d'établissement à Martin Discipline :"), texte);
        assertTrue(texte.contains("Madame, Monsieur,"), texte);
        assertFalse(texte.contains("null"), texte);
    }

    @Test
    void refuseUneLettreIncomplete() {
        assertThrows(IllegalArgumentException.class, () -> new LettreDeMission(" ", "CLG", "X", null, "2025-2026",
                "M.", "A", "B", null, "décret", List.of(), List.of(), null, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new LettreDeMission("0381234A", "CLG", "X", null,
                "2025-2026", "M.", "A", "B", null, "décret", List.of(), List.of(), null, null, 0));
    }

    @Test
    void ecritDansUnFlux() {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();

        rapports.lettreDeMissionPdf(Lettres.helene(1), sortie);

        assertTrue(new String(sortie.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    /** Chaque phrase est cherchée après la précédente. */
    private static void assertDansLOrdre(String texte, String... phrases) {
        int curseur = 0;
        for (String phrase : phrases) {
            int position = texte.indexOf(phrase, curseur);
            assertTrue(position >= 0, () -> "« " + phrase + " » absent ou mal placé :\n" + texte);
            curseur = position + phrase.length();
        }
    }
}
