package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 3: a first password is one-time. An account whose password is provisional is sent to the password
 * page from every page and refused by the API; a weak new password is refused naming the rule; once changed, the
 * user logs in again with it and reaches his home page, and the API accepts him. Own account.
 */
class MotDePasseNavigateurIT extends PacteIT {

    private static final String LOGIN = "provisoire.essai";
    private static final String NOUVEAU = "Vercors-Chartreuse-38";

    @RegisterExtension
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("mot-de-passe");

    private final Navigateur navigateur = NAVIGATEUR.get();

    @BeforeAll
    static void compte() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO securite.compte (login, mot_de_passe, role, nom_affiche, mot_de_passe_provisoire) VALUES ('"
                    + LOGIN + "', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'RECTORAT',"
                    + " 'Compte au mot de passe provisoire', true)");
        }
    }

    @Test
    void unMotDePasseProvisoireSeChangeAvantToutPuisLeNouveauOuvrePacte() {
        HttpResponse<String> api = http().basic(LOGIN, "test").get("/api/campagnes");
        assertEquals(403, api.statusCode(), api.body());
        assertTrue(api.body().contains("Mot de passe provisoire"), api.body());

        navigateur.connecter(LOGIN, "test");
        navigateur.attendre(d -> d.getCurrentUrl().endsWith("/mot-de-passe.xhtml"));
        navigateur.ouvrir("/dotations.xhtml");
        navigateur.attendre(d -> d.getCurrentUrl().endsWith("/mot-de-passe.xhtml"));
        assertTrue(navigateur.texte(By.id("provisoire")).contains("Votre mot de passe est provisoire"));

        changer("test", "trop-court");
        assertTrue(navigateur.texte(By.id("mot-de-passe:messages")).contains("au moins 12 caractères"));
        changer("test", NOUVEAU);
        navigateur.attendre(d -> d.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(navigateur.texte(By.id("mot-de-passe-change")).contains("Mot de passe changé"));

        navigateur.connecter(LOGIN, NOUVEAU);
        navigateur.visible(By.linkText("Dotations"));
        assertEquals(200, http().basic(LOGIN, NOUVEAU).get("/api/campagnes").statusCode());
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login = '" + LOGIN
                + "' AND NOT mot_de_passe_provisoire AND mot_de_passe_change_le IS NOT NULL"));
    }

    private void changer(String actuel, String nouveau) {
        navigateur.saisir(By.id("mot-de-passe:actuel"), actuel);
        navigateur.saisir(By.id("mot-de-passe:nouveau"), nouveau);
        navigateur.saisir(By.id("mot-de-passe:confirmation"), nouveau);
        navigateur.visible(By.id("mot-de-passe:changer")).click();
    }
}
