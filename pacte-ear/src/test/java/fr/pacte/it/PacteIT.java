package fr.pacte.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/** Deploys the real EAR built by this module on the provisioned WildFly; tests talk to it over HTTP. */
@ExtendWith(ArquillianExtension.class)
public abstract class PacteIT {

    protected static final String BASE = "http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 100)) + "/pacte";

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("pacte.ear")));
    }

    protected static Http http() {
        return new Http(BASE);
    }
}
