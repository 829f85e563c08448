package fr.pacte.commun.tableur;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LecteurTableauCsvTest {

    private static final List<String> COLONNES = List.of("code", "libelle");

    private static Tableau lire(String texte) {
        return LecteurTableau.lire(texte.getBytes(StandardCharsets.UTF_8), "departements.csv", COLONNES);
    }

    private static List<ErreurImport> refus(byte[] contenu, List<String> colonnes) {
        return assertThrows(ImportRefuseException.class,
                () -> LecteurTableau.lire(contenu, "fichier.csv", colonnes)).erreurs();
    }

    private static List<ErreurImport> refus(String texte) {
        return refus(texte.getBytes(StandardCharsets.UTF_8), COLONNES);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void utf8AvecBomLeBomNeFaitPasPartieDuPremierEnTete() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] contenu = concat(bom, "code;libelle\r\n034;Hérault\r\n".getBytes(StandardCharsets.UTF_8));

        Tableau t = LecteurTableau.lire(contenu, "departements.csv", COLONNES);

        assertEquals(List.of("code", "libelle"), t.entetes());
        assertEquals("034", t.lignes().get(0).valeur("code"));
        assertEquals("Hérault", t.lignes().get(0).valeur("libelle"));
    }

    @Test
    void utf8SansBom() {
        Tableau t = lire("code;libelle\n974;La Réunion\n");
        assertEquals("La Réunion", t.lignes().get(0).valeur("libelle"));
    }

    @Test
    void windows1252EstReconnuAvecSesAccentsEtLoeEtLEuro() {
        String texte = "code;libelle\r\n001;Évreux, Besançon, cœur, cinq €\r\n";
        byte[] contenu = texte.getBytes(Charset.forName("windows-1252"));
        assertEquals((byte) 0x9C, contenu[texte.indexOf('œ')]);

        Tableau t = LecteurTableau.lire(contenu, "departements.csv", COLONNES);

        assertEquals("Évreux, Besançon, cœur, cinq €", t.lignes().get(0).valeur("libelle"));
    }

    @Test
    void crlfEtLfDonnentLeMemeTableau() {
        Tableau lf = lire("code;libelle\n001;Ain\n002;Aisne\n");
        Tableau crlf = lire("code;libelle\r\n001;Ain\r\n002;Aisne\r\n");
        Tableau sansFinDeLigne = lire("code;libelle\r\n001;Ain\r\n002;Aisne");

        assertEquals(lf, crlf);
        assertEquals(lf, sansFinDeLigne);
        assertEquals(List.of(2, 3), lf.lignes().stream().map(Ligne::numero).toList());
    }

    @Test
    void champEntreGuillemetsAvecPointVirguleGuillemetsDoublesEtSautDeLigne() {
        Tableau t = lire("code;libelle\r\n"
                + "001;\"Ain; dit \"\"l'Ain\"\"\"\r\n"
                + "002;\"Aisne\r\nsur deux lignes\"\r\n"
                + "003;Allier\r\n");

        assertEquals("Ain; dit \"l'Ain\"", t.lignes().get(0).valeur("libelle"));
        assertEquals("Aisne\r\nsur deux lignes", t.lignes().get(1).valeur("libelle"));
        // The record that spans lines 3-4 does not shift the next one: Allier is on line 5 in a text editor.
        assertEquals(List.of(2, 3, 5), t.lignes().stream().map(Ligne::numero).toList());
    }

    @Test
    void enTeteSansTenirCompteDeLaCasseNiDesEspaces() {
        Tableau t = lire(" LIBELLE ;Code\n Ain ;001\n");

        assertEquals(List.of("libelle", "code"), t.entetes());
        assertEquals("001", t.lignes().get(0).valeur("code"));
        assertEquals("Ain", t.lignes().get(0).valeur("libelle"));
    }

    @Test
    void toutesLesColonnesAbsentesSontListees() {
        List<String> attendues = List.of("uai", "nature", "denomination_principale", "departement", "commune");

        List<ErreurImport> erreurs = refus("uai;commune\n0750654D;Paris\n".getBytes(StandardCharsets.UTF_8),
                attendues);

        assertEquals(List.of(
                new ErreurImport(1, "nature", "colonne obligatoire absente"),
                new ErreurImport(1, "denomination_principale", "colonne obligatoire absente"),
                new ErreurImport(1, "departement", "colonne obligatoire absente")), erreurs);
    }

    @Test
    void colonneInconnueEtColonneEnDouble() {
        List<ErreurImport> erreurs = refus("code;libelle;Code;region\n001;Ain;001;ARA\n");

        assertEquals(List.of(
                new ErreurImport(1, "code", "colonne en double : Code"),
                new ErreurImport(1, "region", "colonne inconnue : region")), erreurs);
    }

    @Test
    void lignesVidesIgnoreesSansDecalerLesNumeros() {
        Tableau t = lire("code;libelle\n\n001;Ain\n;\n   \n ; \n002;Aisne\n\n");

        assertEquals(List.of(3, 7), t.lignes().stream().map(Ligne::numero).toList());
    }

    @Test
    void valeursRogneesEspacesInsecablesCompris() {
        Tableau t = lire("code;libelle\n\u00A0001 ;\t Ain\u00A0\n");
        assertEquals("001", t.lignes().get(0).valeur("code"));
        assertEquals("Ain", t.lignes().get(0).valeur("libelle"));
    }

    @Test
    void ligneCourteCompleteeParDesValeursVides() {
        Tableau t = lire("code;libelle\n001\n");
        assertEquals("", t.lignes().get(0).valeur("libelle"));
    }

    @Test
    void fichierVideOuEnTeteSeul() {
        assertTrue(refus(new byte[0], COLONNES).get(0).regle().startsWith("fichier vide"));
        assertTrue(refus("\r\n\r\n").get(0).regle().startsWith("fichier vide"));
        List<ErreurImport> enTeteSeul = refus("code;libelle\r\n");
        assertEquals(2, enTeteSeul.get(0).ligne());
        assertEquals("fichier vide : aucune ligne de données après l'en-tête", enTeteSeul.get(0).regle());
    }

    @Test
    void valeurAuDelaDeLaDerniereColonneSignaleeAvecSaLigne() {
        List<ErreurImport> erreurs = refus("code;libelle\n001;Ain\n002;Aisne;Laon\n003;Allier\n004;x;;;y\n");

        assertEquals(2, erreurs.size());
        assertEquals(3, erreurs.get(0).ligne());
        assertTrue(erreurs.get(0).regle().contains("Laon"), erreurs.get(0).regle());
        assertEquals(5, erreurs.get(1).ligne());
    }

    @Test
    void guillemetNonRefermeSignaleALaLigneOuIlCommence() {
        List<ErreurImport> erreurs = refus("code;libelle\n001;Ain\n002;\"Aisne\n003;Allier\n");

        assertEquals(List.of(new ErreurImport(3, null, "guillemet ouvert jamais refermé à partir de cette ligne")),
                erreurs);
    }

    @Test
    void separateurVirguleExpliqueClairement() {
        List<ErreurImport> erreurs = refus("code,libelle\n001,Ain\n");
        assertTrue(erreurs.get(0).regle().startsWith("séparateur incorrect"), erreurs.get(0).regle());
    }

    @Test
    void plusDe200000LignesRefuse() {
        StringBuilder sb = new StringBuilder("code;libelle\n");
        sb.append("001;Ain\n".repeat(200_000));
        assertEquals(200_000, lire(sb.toString()).lignes().size());

        sb.append("002;Aisne\n");
        List<ErreurImport> erreurs = refus(sb.toString());

        assertEquals(List.of(new ErreurImport(200_002, null,
                "fichier trop volumineux : plus de 200000 lignes de données")), erreurs);
    }

    @Test
    void xlsAncienFormatEtFichierBinaireRefusesClairement() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertTrue(refus(xls, COLONNES).get(0).regle().startsWith("format XLS"));

        byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1, 2});
        assertTrue(refus(pdf, COLONNES).get(0).regle().startsWith("fichier non reconnu"));
    }

    @Test
    void utf16RefuseAvecLeFormatAttendu() {
        byte[] utf16 = "code;libelle\n001;Ain\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] contenu = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16);
        assertTrue(refus(contenu, COLONNES).get(0).regle().startsWith("encodage UTF-16"));
    }

    @Test
    void texteHostileConserveTelQuel() {
        Tableau t = lire("code;libelle\n001;<script>alert(1)</script>\n002;=cmd|' /C calc'!A0\n003;\"'; DROP TABLE x;--\"\n");

        assertEquals("<script>alert(1)</script>", t.lignes().get(0).valeur("libelle"));
        assertEquals("=cmd|' /C calc'!A0", t.lignes().get(1).valeur("libelle"));
        assertEquals("'; DROP TABLE x;--", t.lignes().get(2).valeur("libelle"));
    }

    @Test
    void contenuIdentiquePourUnCsvNommeXlsx() {
        byte[] contenu = "code;libelle\n001;Ain\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("Ain", LecteurTableau.lire(contenu, "mal-nomme.xlsx", COLONNES).lignes().get(0).valeur("libelle"));
    }
}
