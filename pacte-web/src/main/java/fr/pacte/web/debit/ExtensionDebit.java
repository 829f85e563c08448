package fr.pacte.web.debit;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ListenerInfo;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Installs the login throttling (issue 16, point 4) in Undertow's handler chain of this deployment, where servlet
 * filters cannot be: {@link PorteDebit} before everything (per address: delay, lock), {@link SuiviConnexions} before
 * the security handlers (per login: lock; outcome of each attempt). Declared in
 * META-INF/services/io.undertow.servlet.ServletExtension; WildFly gives every web deployment the modules
 * io.undertow.core and io.undertow.servlet.
 */
public class ExtensionDebit implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploiement, ServletContext contexte) {
        ReglageDebit reglage = ReglageDebit.lire(System::getProperty);
        ScheduledExecutorService minuterie = Executors.newSingleThreadScheduledExecutor(tache -> {
            Thread t = new Thread(tache, "pacte-debit-connexions");
            t.setDaemon(true);
            return t;
        });
        Debit debit = new Debit(reglage, minuterie, () -> System.nanoTime() / 1_000_000, deploiement.getContextPath());
        deploiement.addInitialHandlerChainWrapper(suivant -> new PorteDebit(suivant, debit));
        deploiement.addOuterHandlerChainWrapper(suivant -> new SuiviConnexions(suivant, debit));
        ServletContextListener arret = new ServletContextListener() {
            @Override
            public void contextDestroyed(ServletContextEvent e) {
                minuterie.shutdownNow();
            }
        };
        deploiement.addListener(new ListenerInfo(ServletContextListener.class, new ImmediateInstanceFactory<>(arret)));
        System.getLogger(ExtensionDebit.class.getName()).log(System.Logger.Level.INFO, "Débit des connexions : " + reglage);
    }
}
