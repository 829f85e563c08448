package fr.pacte.it;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 2, in a real browser: the rectorat is logged in to Pacte when he opens a page of another origin
 * (a second local server started by the test). That page posts a personnels file as a plain HTML form (text/plain)
 * and tries a campaign creation by script with the cookie; nothing is written: the form's type is refused (415) or
 * the cookie is not sent, and the script's write never passes the browser's preflight nor the Origin check.
 */
class EcritureEtrangereNavigateurIT extends PacteIT {

    private static final String PIRATE = "XSS0000000001";
    private static final String ANNEE = "2199-2200";
    private static HttpServer autreOrigine;

    @RegisterExtension
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("ecriture-etrangere");

    private final Navigateur navigateur = NAVIGATEUR.get();

    @BeforeAll
    static void demarrer() throws IOException {
        String page = """
                <!DOCTYPE html><html><head><meta charset="UTF-8"><title>page</title></head><body>
                <form id="f" method="POST" action="%1$s/api/imports/personnels" enctype="text/plain">
                <input type="hidden" name="identifiant;civilite;nom;prenom;sexe;date_naissance;corps;discipline;uai_affectation&#10;%2$s;M.;Pirate;Jean;M;01/01/1980;CERTIFIE;Lettres;0380001V&#10;x" value="y">
                </form>
                <script>
                fetch('%1$s/api/campagnes', {method: 'POST', credentials: 'include', mode: 'cors',
                    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({annee: '%3$s'})})
                  .catch(function () {}).finally(function () { document.title = 'envoye'; document.getElementById('f').submit(); });
                </script></body></html>""".formatted(BASE, PIRATE, ANNEE);
        autreOrigine = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        autreOrigine.createContext("/", echange -> {
            byte[] corps = page.getBytes(StandardCharsets.UTF_8);
            echange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            echange.sendResponseHeaders(200, corps.length);
            try (OutputStream out = echange.getResponseBody()) {
                out.write(corps);
            }
        });
        autreOrigine.start();
    }

    @AfterAll
    static void arreter() {
        if (autreOrigine != null) {
            autreOrigine.stop(0);
        }
    }

    @Test
    void unePageDUneAutreOrigineNEcritRienSousLaSessionDuRectorat() {
        navigateur.connecter("rectorat", "test");
        navigateur.ouvrir("/index.xhtml");
        navigateur.driver().get("http://localhost:" + autreOrigine.getAddress().getPort() + "/");
        // the form's submission leaves the page for Pacte's answer: both attempts have been made
        navigateur.attendre(d -> d.getCurrentUrl().startsWith(BASE + "/api/imports/personnels"));
        // today the session cookie does not even travel (SameSite=Strict, and another scheme is another site): Pacte
        // answers as to a stranger; were it sent, the form's text/plain would be refused (415, AccesIT)
        String reponse = navigateur.driver().getPageSource();
        assertTrue(reponse.contains("\"erreur\""), reponse);
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM referentiel.personnel WHERE identifiant = '" + PIRATE + "'"));
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM referentiel.campagne WHERE annee_scolaire = '" + ANNEE + "'"));
    }
}
