package fr.pacte.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 1: the Content-Security-Policy holds in the browser. On a page, a script without the page's nonce
 * and an inline handler do not run, a script with it does; and the refusals reach {@link Navigateur#violationsCsp},
 * the console check that fails the browser tests after each test, even once the browser went to another page. Every
 * page of the menus opens without a refusal, the browser tests covering the gestures. Nothing is written.
 */
class CspNavigateurIT extends PacteIT {

    @RegisterExtension
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("csp");

    private final Navigateur navigateur = NAVIGATEUR.get();

    @Test
    void seulUnScriptPortantLeNonceDeLaPageSExecuteEtLesRefusSontVus() {
        navigateur.connecter("rectorat", "test");
        navigateur.visible(By.id("menu"));
        JavascriptExecutor page = navigateur.driver();
        String nonce = (String) page.executeScript("return window.PrimeFaces && PrimeFaces.csp.NONCE_VALUE;");
        assertTrue(nonce != null && !nonce.isEmpty(), "le mode CSP de PrimeFaces donne son nonce à la page");

        assertEquals(Boolean.TRUE, page.executeScript("""
                var s = document.createElement('script'); s.nonce = arguments[0];
                s.textContent = 'window.pacteAvecNonce = true;'; document.head.appendChild(s);
                return window.pacteAvecNonce === true;""", nonce));
        assertNotEquals(Boolean.TRUE, page.executeScript("""
                var s = document.createElement('script'); s.textContent = 'window.pacteSansNonce = true;';
                document.head.appendChild(s); return window.pacteSansNonce === true;"""));
        assertNotEquals(Boolean.TRUE, page.executeScript("""
                var b = document.createElement('button'); b.type = 'button';
                b.setAttribute('onclick', 'window.pacteClic = true;'); document.body.appendChild(b); b.click();
                return window.pacteClic === true;"""));

        // the console keeps the refusals of a page left since: the check after each test sees them all
        navigateur.ouvrir("/mot-de-passe.xhtml");
        navigateur.visible(By.id("mot-de-passe:changer"));
        List<String> vues = new ArrayList<>();
        navigateur.attendre(d -> {
            vues.addAll(navigateur.violationsCsp());
            return vues.stream().anyMatch(v -> v.contains("inline script"))
                    && vues.stream().anyMatch(v -> v.contains("inline event handler"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rectorat|index etablissements personnels imports campagnes comptes dotations catalogue repartition"
                    + " missions-academiques consolidation suivi-demandes lettres suivi-lettres paiements journal"
                    + " statistiques mot-de-passe",
            "dasen.038|index instruction dotations consolidation lettres suivi-lettres paiements journal",
            "chef.0380001v|index demandes repartition lettres suivi-lettres paiements-etablissement personnels",
            "analyste|index etablissements catalogue statistiques"})
    void chaquePageSOuvreSansRefusDeLaPolitique(String login, String pages) {
        navigateur.connecter(login, "test");
        for (String page : pages.split(" ")) {
            navigateur.ouvrir("/" + page + ".xhtml");
            navigateur.attendre(d -> d.getCurrentUrl().contains("/" + page + ".xhtml")
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            navigateur.calme();
            assertTrue(navigateur.driver().getTitle().startsWith("Pacte – "), page + " : " + navigateur.driver().getTitle());
            assertEquals(List.of(), navigateur.violationsCsp(), page);
        }
    }
}
