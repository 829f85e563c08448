package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 3, the accounts file on *Comptes*: the rectorat uploads it, confirms, reads the number of accounts
 * created and downloads their one-time passwords once; a chef's password from that file leads to the password page.
 * A file with a bad line shows the line, column and rule, and creates nothing. Own département 095, logins
 * {@code imp.*}.
 */
class ComptesImportNavigateurIT extends PacteIT {

    @RegisterExtension
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("comptes-import");

    private final Navigateur navigateur = NAVIGATEUR.get();

    @BeforeAll
    static void donnees() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('095', 'Val-d''Oise');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,
                           secteur, recherche) VALUES
                     ('0950001C', 'CLG', 'Collège Pissarro', '095', 'Pontoise', 'PU', 'college pissarro pontoise');
                    """);
        }
    }

    @Test
    void leRectoratImporteDesComptesEtTelechargeUneFoisLeursMotsDePasse() throws IOException {
        importer("comptes-095.csv", "login;role;departement;uai;nom_affiche\n"
                + "imp.chef0950001c;CHEF_ETABLISSEMENT;;0950001C;Principale du collège Pissarro\n"
                + "imp.dasen095;DASEN;095;;DASEN du Val-d'Oise\n");
        assertEquals("2", navigateur.texte(By.id("comptes-crees")));
        navigateur.visible(By.id("import-comptes:telecharger")).click();
        List<String> csv = Files.readAllLines(navigateur.telecharge("mots-de-passe-provisoires"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFlogin;mot_de_passe", csv.get(0));
        assertEquals(3, csv.size(), csv.toString());
        String[] chef = csv.get(1).split(";");
        assertEquals("imp.chef0950001c", chef[0]);
        assertTrue(chef[1].matches("[a-zA-Z2-9]{8}-[a-zA-Z2-9]{8}"), chef[1]);
        assertEquals("2", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login IN ('imp.chef0950001c',"
                + " 'imp.dasen095') AND mot_de_passe_provisoire"));

        // offered once: the button clicked again gives nothing, and the page now says so
        navigateur.visible(By.id("import-comptes:telecharger")).click();
        navigateur.attendre(d -> !d.findElement(By.id("import-comptes:telecharger")).isEnabled()
                && d.findElement(By.id("import-comptes:telecharger")).getText().equals("Mots de passe déjà téléchargés"));

        navigateur.connecter("imp.chef0950001c", chef[1]);
        navigateur.attendre(d -> d.getCurrentUrl().endsWith("/mot-de-passe.xhtml"));
    }

    @Test
    void unFichierAvecUneMauvaiseLigneEstRefuseEnEntierEtLaLigneEstNommee() throws IOException {
        importer("comptes-refuses-095.csv", "login;role;uai\n"
                + "imp.bon095;CHEF_ETABLISSEMENT;0950001C\n"
                + "imp.inconnu095;CHEF_ETABLISSEMENT;0959999Z\n");
        assertTrue(navigateur.texte(By.id("refus-comptes")).contains("aucun compte n'a été créé"));
        assertEquals(List.of("3", "uai", "uai inconnu : 0959999Z"),
                navigateur.textes(By.cssSelector("[id='import-comptes:erreurs_data'] > tr > td")));
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login IN ('imp.bon095', 'imp.inconnu095')"));
    }

    private void importer(String nom, String contenu) throws IOException {
        Path dossier = Files.createTempDirectory("comptes-import-");
        Path fichier = dossier.resolve(nom);
        Files.writeString(fichier, contenu, StandardCharsets.UTF_8);
        try {
            navigateur.connecter("rectorat", "test");
            navigateur.ouvrir("/comptes.xhtml");
            navigateur.driver().findElement(By.cssSelector("[id='import-comptes'] input[type='file']"))
                    .sendKeys(fichier.toString());
            navigateur.visible(By.id("import-comptes:importer")).click();
            navigateur.visible(By.id("comptes:confirmer")).click();
            navigateur.attendre(d -> !d.findElements(By.id("import-comptes:accepte")).isEmpty()
                    || !d.findElements(By.id("refus-comptes")).isEmpty());
        } finally {
            Files.deleteIfExists(fichier);
            Files.deleteIfExists(dossier);
        }
    }
}
