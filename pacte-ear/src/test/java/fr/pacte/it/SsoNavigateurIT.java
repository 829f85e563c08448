package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 5: SSO through OpenID Connect, end to end, on a WildFly started with -Dpacte.securite=pacte-sso
 * (failsafe execution « sso ») against a real provider, Keycloak ({@link FournisseurOidc}). The federation
 * authenticates; the role and the scope come from securite.compte, by the login equal to the federation's identifier.
 * Département 096 is this class's own.
 */
class SsoNavigateurIT extends PacteIT {

    @RegisterExtension
    @Order(1)
    static final FournisseurOidc FEDERATION = new FournisseurOidc();

    @RegisterExtension
    @Order(2)
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("sso");

    @BeforeAll
    static void comptes() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.departement (code, libelle) VALUES ('096', 'Département de l''essai SSO')"
                    + " ON CONFLICT DO NOTHING");
            // the password column keeps a hash nobody knows: with SSO no local password is ever checked
            s.execute("INSERT INTO securite.compte (login, mot_de_passe, role, nom_affiche) VALUES"
                    + " ('sso.rectorat', '$2a$10$utLqBqiA3JwuvFdH.n5yDezJVsYHWviyfi8LR1HLFGTfwqvOcsk..', 'RECTORAT', 'Romane Rectorat')"
                    + " ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, nom_affiche) VALUES"
                    + " ('sso.dasen', '$2a$10$utLqBqiA3JwuvFdH.n5yDezJVsYHWviyfi8LR1HLFGTfwqvOcsk..', 'DASEN', '096', 'Hélène Dasen')"
                    + " ON CONFLICT DO NOTHING");
        }
    }

    @Test
    void leDasenSeConnecteParLaFederationEtArriveSurSonAccueil() {
        Navigateur navigateur = NAVIGATEUR.get();
        connecterParLaFederation(navigateur, "sso.dasen");
        navigateur.attendre(d -> d.getCurrentUrl().startsWith(BASE));
        assertTrue(navigateur.texte(By.id("utilisateur")).contains("Hélène Dasen (sso.dasen)"),
                navigateur.texte(By.id("utilisateur")));
        assertTrue(navigateur.texte(By.id("perimetre")).contains("096"), navigateur.texte(By.id("perimetre")));
        navigateur.visible(By.id("menu-demandes"));
        assertTrue(navigateur.driver().findElements(By.id("menu-comptes")).isEmpty(), "pas de gestion des comptes pour un DASEN");

        // leaving Pacte ends the federation's session too: the next page asks for the login again
        navigateur.visible(By.id("deconnexion")).click();
        navigateur.attendre(d -> d.getCurrentUrl().startsWith(FournisseurOidc.REALM));
        navigateur.visible(By.id("username"));
        navigateur.ouvrir("/index.xhtml");
        navigateur.attendre(d -> d.getCurrentUrl().startsWith(FournisseurOidc.REALM));
        navigateur.visible(By.id("username"));
    }

    @Test
    void unIdentifiantSansComptePacteEstRefuseAvecUnePageClaire() {
        Navigateur navigateur = NAVIGATEUR.get();
        connecterParLaFederation(navigateur, "sso.inconnu");
        navigateur.attendre(d -> d.getCurrentUrl().startsWith(BASE));
        String refus = navigateur.texte(By.id("compte-inconnu"));
        assertTrue(refus.contains("« sso.inconnu »") && refus.contains("aucun compte Pacte actif"), refus);
        assertFalse(navigateur.driver().getPageSource().contains("menu-accueil"), "aucun menu sans compte");
    }

    @Test
    void lesCookiesDeLaConnexionFedereeReviennentDuSiteDeLaFederation() throws Exception {
        java.net.http.HttpClient client = fr.pacte.database.dev.ClientLocal.client().build();
        HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").startsWith(FournisseurOidc.REALM), page.headers().toString());
        java.util.List<String> cookies = page.headers().allValues("Set-Cookie");
        // Lax, not Strict: the browser comes back from the provider's site, and must bring them (README « SSO »)
        // the state and the nonce's binding, which the login's return must bring
        for (String nom : java.util.List.of("OAuth_Token_Request_State=", "session_random_value=")) {
            assertTrue(cookies.stream().anyMatch(c -> c.startsWith(nom) && c.contains("SameSite=Lax") && c.contains("HttpOnly")
                    && c.toLowerCase(java.util.Locale.ROOT).contains("secure")), nom + " " + cookies);
        }
    }

    @Test
    void lApiPrendLeJetonPorteurDeLaFederationEtSesRolesDansPacte() {
        HttpResponse<String> sansJeton = http().get("/api/comptes");
        assertEquals(401, sansJeton.statusCode(), "un client d'API sans jeton n'est pas renvoyé vers la fédération");

        Http rectorat = http().bearer(FournisseurOidc.jeton("sso.rectorat"));
        BaseDeTest.executerSansDeclencheurs("DELETE FROM securite.compte WHERE login = 'sso.analyste'");
        HttpResponse<String> cree = rectorat.postJson("/api/comptes",
                "{\"login\": \"sso.analyste\", \"role\": \"ANALYSTE\", \"nomAffiche\": \"Analyste fédéré\"}");
        assertEquals(201, cree.statusCode(), cree.body());
        HttpResponse<String> liste = rectorat.get("/api/comptes?q=sso.");
        assertEquals(200, liste.statusCode(), liste.body());
        assertTrue(liste.body().contains("sso.analyste") && liste.body().contains("sso.dasen"), liste.body());

        HttpResponse<String> dasen = http().bearer(FournisseurOidc.jeton("sso.dasen")).get("/api/comptes");
        assertEquals(403, dasen.statusCode(), "le rôle vient de Pacte (DASEN), pas du jeton");
        HttpResponse<String> inconnu = http().bearer(FournisseurOidc.jeton("sso.inconnu")).get("/api/campagnes");
        assertEquals(403, inconnu.statusCode(), inconnu.body());
    }

    /** From a browser that forgot every cookie, Pacte sends to the provider's login page, which sends back. */
    private static void connecterParLaFederation(Navigateur navigateur, String utilisateur) {
        // every cookie of the browser, the provider's (its own path) included: no federation session left
        navigateur.driver().executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        navigateur.ouvrir("/");
        navigateur.attendre(d -> d.getCurrentUrl().startsWith(FournisseurOidc.REALM));
        navigateur.saisir(By.id("username"), utilisateur);
        navigateur.saisir(By.id("password"), FournisseurOidc.MOT_DE_PASSE);
        navigateur.visible(By.id("kc-login")).click();
    }
}
