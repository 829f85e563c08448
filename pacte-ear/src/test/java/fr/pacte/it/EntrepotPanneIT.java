package fr.pacte.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WildFly JVM killed (SIGKILL) in the middle of a load, its next unit uncommitted: once a server is started
 * again (another node: a node's id is drawn at each start), its watch finds the load's node silent and resumes the
 * load, once, from its last checkpoint, without anyone asking (issue 20); it ends with the same warehouse as an
 * uninterrupted load, each unit committed once. The server is a container of its own
 * ({@value #SERVEUR}, started and killed by the test) in a JVM of its own (failsafe execution "panne"), so the other
 * tests' server is never killed; the embedded PostgreSQL runs in the test JVM and survives.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "arquillian.launch", matches = EntrepotPanneIT.SERVEUR,
        disabledReason = "tourne dans sa propre JVM : exécution failsafe « panne » de pacte-ear")
class EntrepotPanneIT {

    static final String SERVEUR = "wildfly-panne";
    private static final String EAR = "pacte";
    private static final String ANNEE = "2057-2058";
    private static final String ANALYSTE = EntrepotIT.ANALYSTE;

    @ArquillianResource
    private ContainerController serveur;

    @ArquillianResource
    private Deployer deploiement;

    @Deployment(name = EAR, managed = false, testable = false)
    @TargetsContainer(SERVEUR)
    public static EnterpriseArchive ear() {
        return PacteIT.ear();
    }

    @Test
    void killedMidLoadThenResumedAfterTheRestartEqualsAnUninterruptedLoad() throws Exception {
        demarrer();
        try {
            Entrepot.vider(ANNEE);
            // a pause inside each unit's transaction: the kill lands while the next unit is written, uncommitted
            long id = Entrepot.charger(ANALYSTE, List.of(ANNEE), 6000);
            Entrepot.attendre(ANALYSTE, id, c -> c.getInt("unitesFaites") >= 1);
            tuer();

            // what the dead server left in PostgreSQL: a load still running, with its committed units only
            long premiereExecution = Long.parseLong(BaseDeTest.valeur(
                    "SELECT execution_id FROM entrepot.chargement WHERE id = " + id));
            assertEquals("EN_COURS", BaseDeTest.valeur("SELECT statut FROM entrepot.chargement WHERE id = " + id));
            assertEquals("STARTED", BaseDeTest.valeur(
                    "SELECT batchstatus FROM job_execution WHERE jobexecutionid = " + premiereExecution));
            int faites = Entrepot.lignes("SELECT unites_faites FROM entrepot.chargement WHERE id = " + id);
            int total = Entrepot.lignes("SELECT unites_total FROM entrepot.chargement WHERE id = " + id);
            assertTrue(faites >= 1 && faites < total, "tué en cours de route : " + faites + " unité(s) sur " + total);
            assertEquals(faites, Entrepot.lignes("SELECT count(*) FROM entrepot.journal_unite WHERE chargement_id = " + id));

            String noeudTue = BaseDeTest.valeur("SELECT noeud FROM entrepot.chargement WHERE id = " + id);
            demarrer();
            // nobody asks: the started server's watch finds the load's node silent (5 s in this container) and resumes it
            JsonObject repris = Entrepot.attendre(ANALYSTE, id, Entrepot::fini);
            assertEquals("TERMINE", repris.getString("statut"), repris.toString());
            assertNotEquals(premiereExecution, repris.getJsonNumber("executionId").longValue());
            assertEquals("FAILED", BaseDeTest.valeur(
                    "SELECT batchstatus FROM job_execution WHERE jobexecutionid = " + premiereExecution),
                    "JBeret (mode detect) a marqué l'exécution tuée en échec avant de la reprendre");
            Entrepot.chaqueUniteUneFois(id, total, premiereExecution, faites);
            assertEquals("1", BaseDeTest.valeur("SELECT reprises FROM entrepot.chargement WHERE id = " + id), "repris une fois");
            assertNotEquals(noeudTue, BaseDeTest.valeur("SELECT noeud FROM entrepot.chargement WHERE id = " + id),
                    "repris par le serveur démarré (un autre nœud : un identifiant par démarrage)");
            HttpResponse<String> encore = PacteIT.http().basic(ANALYSTE, "test")
                    .postJson("/api/entrepot/chargements/" + id + "/reprise", "");
            assertEquals(409, encore.statusCode(), "un chargement terminé ne reprend pas : " + encore.body());

            Entrepot.egalAUnChargementDUneTraite(ANALYSTE, ANNEE);
        } finally {
            arreter();
        }
    }

    private void demarrer() throws IOException {
        // the copy of the standalone directory has no deployments directory, which the deployment scanner wants
        Files.createDirectories(Path.of(System.getProperty("pacte.it.dir"), "standalone", "deployments"));
        serveur.start(SERVEUR);
        deploiement.deploy(EAR);
    }

    private void arreter() {
        if (serveur.isStarted(SERVEUR)) {
            deploiement.undeploy(EAR);
            serveur.stop(SERVEUR);
        }
    }

    /** SIGKILL of the WildFly JVM (a child of this JVM, like the embedded PostgreSQL which goes on). */
    private void tuer() throws Exception {
        ProcessHandle wildfly = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("processus WildFly introuvable"));
        assertTrue(wildfly.destroyForcibly(), "kill -9 de WildFly");
        wildfly.onExit().get(60, TimeUnit.SECONDS);
        // Arquillian only forgets the dead process (its "kill" stops a server that is already gone)
        serveur.kill(SERVEUR);
    }
}
