package fr.pacte.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One browser for a test class, as an extension: opened before its tests, a test failed when the browser reported a
 * Content-Security-Policy refusal, the page of a failed test captured, closed after them. Registered as a static field ({@code @RegisterExtension static final NavigateurDeClasse NAVIGATEUR});
 * it replaces the field, the two callbacks and the watcher each browser test used to write out.
 */
final class NavigateurDeClasse implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, TestWatcher {

    private final String prefixe;
    private Navigateur navigateur;

    NavigateurDeClasse(String prefixe) {
        this.prefixe = prefixe;
    }

    Navigateur get() {
        return navigateur;
    }

    @Override
    public void beforeAll(ExtensionContext contexte) {
        navigateur = new Navigateur(PacteIT.BASE);
    }

    @Override
    public void afterEach(ExtensionContext contexte) {
        if (navigateur != null) {
            navigateur.verifierSansViolationCsp();
        }
    }

    @Override
    public void testFailed(ExtensionContext contexte, Throwable cause) {
        if (navigateur != null) {
            navigateur.capturer(prefixe + "-" + contexte.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext contexte) {
        if (navigateur != null) {
            navigateur.close();
            navigateur = null;
        }
    }
}
