package fr.pacte.it;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by its own chromedriver (never a downloaded one), with a fresh profile and a
 * download folder, plus the few gestures the browser tests repeat. It keeps the console, where Chromium reports what
 * the Content-Security-Policy refused: {@link #surveiller} fails a test that caused such a refusal.
 */
final class Navigateur implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final String base;
    private final Path profil;
    private final Path telechargements;
    private final ChromeDriver driver;
    private final WebDriverWait attente;

    Navigateur(String base) {
        this.base = base;
        try {
            profil = Files.createTempDirectory("pacte-chromium-");
            telechargements = Files.createTempDirectory("pacte-telechargements-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the local server's self-signed certificate, generated at its first start
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profil, "--window-size=1400,1000", "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", telechargements.toString(),
                "download.prompt_for_download", false));
        // the console, read by violationsCsp()
        LoggingPreferences journaux = new LoggingPreferences();
        journaux.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, journaux);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        attente = new WebDriverWait(driver, Duration.ofSeconds(15));
        attente.ignoring(StaleElementReferenceException.class, ElementNotInteractableException.class);
        // an ajax update may replace a node between finding it and reading it; Chromium then answers "Node with
        // given id does not belong to the document" as a generic error: the condition is simply evaluated again
        attente.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    ChromeDriver driver() {
        return driver;
    }

    void ouvrir(String chemin) {
        driver.get(base + chemin);
    }

    /** Logs in through the real login page, from a browser that forgot any earlier session. */
    void connecter(String login, String motDePasse) {
        driver.manage().deleteAllCookies();
        ouvrir("/");
        saisir(By.id("j_username"), login);
        saisir(By.id("j_password"), motDePasse);
        WebElement bouton = driver.findElement(By.id("connexion"));
        bouton.click();
        // the login form posts and the browser loads the next page: a page opened before would be the login again
        attendre(ExpectedConditions.stalenessOf(bouton));
    }

    void saisir(By champ, String valeur) {
        WebElement e = visible(champ);
        e.clear();
        e.sendKeys(valeur);
    }

    WebElement visible(By element) {
        return attente.until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    String texte(By element) {
        return visible(element).getText();
    }

    /** Waits until no Faces ajax request is queued or running, so that the next gesture acts on the final page. */
    void calme() {
        attendre(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Clicks once the element is visible, again if an ajax update replaced it meanwhile (stale element). */
    void cliquer(By element) {
        attendre(d -> {
            visible(element).click();
            return true;
        });
    }

    <T> T attendre(ExpectedCondition<T> condition) {
        return attente.until(condition);
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu, whose native select is hidden behind its widget. The panel
     * opens with an animation, during which a click may miss its option: open and click again until it is chosen.
     * The option is looked up with double quotes, so labels with an apostrophe ("Conversion d'IMP…") work too.
     */
    void choisir(String idMenu, String libelle) {
        choisir(idMenu, libelle, "=");
    }

    /** {@link #choisir} the option whose label starts so (a personnel marked volunteer gets « – volontaire »). */
    void choisirCommencantPar(String idMenu, String debut) {
        choisir(idMenu, debut, "^=");
    }

    private void choisir(String idMenu, String libelle, String comparaison) {
        By choisi = By.id(idMenu + "_label");
        By option = By.cssSelector("[id='" + idMenu + "_panel'] li[data-label" + comparaison + "\"" + libelle + "\"]");
        java.util.function.Predicate<String> voulu = "=".equals(comparaison) ? libelle::equals : t -> t.startsWith(libelle);
        attente.until(d -> {
            if (!voulu.test(d.findElement(choisi).getText())) {
                List<WebElement> options = d.findElements(option);
                if (!options.isEmpty() && options.get(0).isDisplayed()) {
                    options.get(0).click();
                } else {
                    d.findElement(By.id(idMenu)).click();
                }
            }
            return voulu.test(d.findElement(choisi).getText());
        });
    }

    /** The campaign of a page's chooser (the pacte:choixCampagne tag: field "annee" of the form), then its ajax. */
    void choisirCampagne(String formulaire, String annee) {
        choisir(formulaire + ":annee", annee);
        calme();
    }

    /** Presses the button of a PrimeFaces selectOneButton by its label, until the widget shows it pressed. */
    void presser(String idGroupe, String libelle) {
        By bouton = By.xpath("//*[@id='" + idGroupe + "']/div[contains(@class, 'ui-button')][normalize-space(.)='" + libelle + "']");
        attente.until(d -> {
            WebElement b = d.findElement(bouton);
            if (!b.getAttribute("class").contains("ui-state-active")) {
                b.click();
            }
            return d.findElement(bouton).getAttribute("class").contains("ui-state-active");
        });
        calme();
    }

    /** The texts of the matching elements, e.g. one column of a table. */
    List<String> textes(By cellules) {
        return driver.findElements(cellules).stream().map(WebElement::getText).toList();
    }

    /** Waits for a finished download whose name starts with the prefix, and returns it. */
    Path telecharge(String prefixe) {
        return attente.until(d -> {
            try (Stream<Path> fichiers = Files.list(telechargements)) {
                List<Path> presents = fichiers.toList();
                // Chromium reserves the final name with an empty file while the .crdownload is still being written:
                // the download is complete once no partial file remains and the named file has its bytes
                if (presents.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return presents.stream().filter(f -> f.getFileName().toString().startsWith(prefixe))
                        .filter(Navigateur::nonVide).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static boolean nonVide(Path fichier) {
        try {
            return Files.size(fichier) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the Content-Security-Policy refused since the last call (an inline script or handler without the page's
     * nonce, an eval, a foreign source): Chromium writes each refusal to the console, whose messages name the policy.
     */
    List<String> violationsCsp() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** Fails when the pages shown since the last check broke the Content-Security-Policy. */
    void verifierSansViolationCsp() {
        List<String> violations = violationsCsp();
        if (!violations.isEmpty()) {
            throw new AssertionError("La politique de sécurité du contenu a refusé : " + String.join("\n", violations));
        }
    }

    /**
     * An extension for a browser test class: after each test, fails it if the browser reported a Content-Security-
     * Policy refusal; captures the page of a failed test, named after the prefix and the test.
     */
    static SurveillanceNavigateur surveiller(String prefixe, Supplier<Navigateur> navigateur) {
        return new SurveillanceNavigateur(prefixe, navigateur);
    }

    /** See {@link #surveiller}. */
    static final class SurveillanceNavigateur implements AfterEachCallback, TestWatcher {

        private final String prefixe;
        private final Supplier<Navigateur> navigateur;

        private SurveillanceNavigateur(String prefixe, Supplier<Navigateur> navigateur) {
            this.prefixe = prefixe;
            this.navigateur = navigateur;
        }

        @Override
        public void afterEach(ExtensionContext contexte) {
            if (navigateur.get() != null) {
                navigateur.get().verifierSansViolationCsp();
            }
        }

        @Override
        public void testFailed(ExtensionContext contexte, Throwable cause) {
            if (navigateur.get() != null) {
                navigateur.get().capturer(prefixe + "-" + contexte.getRequiredTestMethod().getName());
            }
        }
    }

    /** Keeps the page and a screenshot of a failed test under the build directory, to see what went wrong. */
    void capturer(String nom) {
        try {
            Path dossier = Files.createDirectories(Path.of(System.getProperty("pacte.it.dir", "target/it"), "navigateur"));
            Files.writeString(dossier.resolve(nom + ".html"), driver.getPageSource());
            Files.write(dossier.resolve(nom + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // the capture only helps the diagnosis; the test failure is what matters
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            supprimer(profil);
            supprimer(telechargements);
        }
    }

    private static void supprimer(Path dossier) {
        try (Stream<Path> chemins = Files.walk(dossier)) {
            chemins.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
