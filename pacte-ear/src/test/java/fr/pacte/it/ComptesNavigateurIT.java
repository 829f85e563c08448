package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 3, on the screen: the rectorat creates a DASEN account on *Comptes*, reads its one-time password
 * there once, and the new DASEN's first login leads to the password page. Then the rectorat deactivates the
 * account after confirming. Own département 092.
 */
class ComptesNavigateurIT extends PacteIT {

    @RegisterExtension
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("comptes");

    private final Navigateur navigateur = NAVIGATEUR.get();

    @BeforeAll
    static void departement() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.departement (code, libelle) VALUES ('092', 'Hauts-de-Seine')");
        }
    }

    @Test
    void leRectoratCreeUnCompteDasenEtSonMotDePasseProvisoireMeneALaPageDuMotDePasse() {
        navigateur.connecter("rectorat", "test");
        navigateur.visible(By.linkText("Comptes")).click();
        navigateur.saisir(By.id("comptes:login"), "dasen.092");
        navigateur.choisir("comptes:role", "DASEN");
        navigateur.saisir(By.id("comptes:perimetre"), "092");
        navigateur.saisir(By.id("comptes:nom"), "DASEN des Hauts-de-Seine");
        navigateur.visible(By.id("comptes:creer")).click();
        String motDePasse = navigateur.texte(By.cssSelector("#comptes\\:mots-de-passe code.mot-de-passe"));
        assertTrue(motDePasse.matches("[a-zA-Z2-9]{8}-[a-zA-Z2-9]{8}"), motDePasse);
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login = 'dasen.092'"
                + " AND role = 'DASEN' AND departement_code = '092' AND mot_de_passe_provisoire"));

        navigateur.connecter("dasen.092", motDePasse);
        navigateur.attendre(d -> d.getCurrentUrl().endsWith("/mot-de-passe.xhtml"));

        navigateur.connecter("rectorat", "test");
        navigateur.ouvrir("/comptes.xhtml");
        navigateur.saisir(By.id("comptes:recherche"), "dasen.092");
        By ligne = By.xpath("//tbody[@id='comptes:liste_data']/tr[.//span[@class='login' and text()='dasen.092']]");
        navigateur.attendre(d -> d.findElements(By.cssSelector("[id='comptes:liste_data'] > tr")).size() == 1
                && !d.findElements(ligne).isEmpty());
        navigateur.visible(ligne).findElement(By.cssSelector("button[id$=':basculer']")).click();
        navigateur.visible(By.id("comptes:confirmer")).click();
        navigateur.attendre(d -> "0".equals(BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login = 'dasen.092' AND actif")));
    }
}
