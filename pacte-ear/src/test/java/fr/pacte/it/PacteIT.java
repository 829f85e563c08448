package fr.pacte.it;

import fr.pacte.database.dev.ClientLocal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import java.io.File;

/**
 * Deploys the real EAR built by this module on the provisioned WildFly; tests talk to it over HTTPS, as users do
 * (HTTP only redirects there). The server's certificate is the self-signed one it generates at its first start: the
 * test JVM's clients accept it ({@link ClientLocal}), Chromium too ({@link Navigateur}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PacteIT {

    private static final int DECALAGE = Integer.getInteger("it.port.offset", 100);
    protected static final String BASE = "https://localhost:" + (8443 + DECALAGE) + "/pacte";
    /** The plain HTTP listener, which only redirects to {@link #BASE}. */
    protected static final String BASE_HTTP = "http://localhost:" + (8080 + DECALAGE) + "/pacte";

    static {
        // every client of the test JVM (java.net.http with the default context included) trusts the local server
        SSLContext.setDefault(ClientLocal.tls());
    }

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("pacte.ear")));
    }

    protected static Http http() {
        return new Http(BASE);
    }
}
