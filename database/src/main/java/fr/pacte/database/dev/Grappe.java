package fr.pacte.database.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two WildFly nodes of the same EAR, on port offsets of their own, in front of one PostgreSQL, and HAProxy in front of
 * them (issue 20, README « Two nodes behind HAProxy »): used by the run command ({@code -Dpacte.noeuds=2}) and by the
 * test of a node's death (GrappeIT). The nodes find each other over JGroups TCP on loopback (TCPPING, the peers' ports
 * given here) and replicate the HTTP sessions; PostgreSQL holds everything else.
 */
public final class Grappe implements AutoCloseable {

    /** Option of a node behind the balancer: the client's address is the X-Forwarded-For the balancer writes. */
    static final String MANDATAIRE = "-Dpacte.mandataire=true";

    /** A node: its WildFly name, port offset and process (standalone.sh, the JVM its child). */
    public record Noeud(String nom, int decalage, Process processus) {

        public int portHttps() {
            return 8443 + decalage;
        }

        public int portGestion() {
            return 9990 + decalage;
        }

        int portJgroups() {
            return 7600 + decalage;
        }

        /** The node's own address, bypassing the balancer. */
        public String url() {
            return "https://localhost:" + portHttps() + "/pacte";
        }

        /** SIGKILL of the node's JVM, as a crash or a pulled plug: nothing is stopped cleanly. */
        public void tuer() throws Exception {
            for (ProcessHandle p : processus.descendants().toList()) {
                p.destroyForcibly();
                p.onExit().get(60, TimeUnit.SECONDS);
            }
            processus.destroyForcibly();
            processus.waitFor(60, TimeUnit.SECONDS);
        }

        public boolean vivant() {
            return processus.isAlive();
        }
    }

    /**
     * What to start: the provisioned server and the EAR, a working directory (a sub-directory per node and the
     * balancer's), the data directory kept between runs (null: none), the nodes' environment, the balancer's port,
     * each node's port offset and more options for every node (a test's settings).
     */
    public record Reglages(Path serveur, Path ear, Path travail, Path donnees, Map<String, String> environnement,
                           int port, List<Integer> decalages, List<String> options) {
    }

    private final List<Noeud> noeuds;
    private final Process repartiteur;
    private final int port;

    private Grappe(List<Noeud> noeuds, Process repartiteur, int port) {
        this.noeuds = noeuds;
        this.repartiteur = repartiteur;
        this.port = port;
    }

    /** Starts the nodes side by side, waits until each serves the login page, then starts the balancer. */
    public static Grappe demarrer(Reglages r) throws IOException {
        verifierPortsLibres(r);
        List<Noeud> noeuds = new ArrayList<>();
        try {
            for (int i = 0; i < r.decalages().size(); i++) {
                String nom = String.valueOf((char) ('a' + i));
                int decalage = r.decalages().get(i);
                // the JGroups cluster is named after the balancer's port: two clusters on one machine never mix
                List<String> options = new ArrayList<>(List.of("-Djboss.node.name=" + nom, "-Djboss.tx.node.id=pacte-" + nom,
                        "-Djboss.socket.binding.port-offset=" + decalage, "-Dpacte.grappe.nom=pacte-grappe-" + r.port(),
                        MANDATAIRE));
                for (int j = 0; j < r.decalages().size(); j++) {
                    options.add("-Dpacte.grappe.port." + (j + 1) + "=" + (7600 + r.decalages().get(j)));
                }
                options.addAll(r.options());
                Path donnees = r.donnees() == null ? null : r.donnees().resolve("serveur-" + nom);
                Process p = ServeurWildFly.demarrer(r.serveur(), r.ear(), r.travail().resolve("noeud-" + nom), donnees,
                        r.environnement(), options);
                noeuds.add(new Noeud(nom, decalage, p));
            }
            for (Noeud n : noeuds) {
                attendre(n, r.travail().resolve("noeud-" + n.nom()));
            }
            Path certificats = r.donnees() == null ? r.travail() : r.donnees();
            Process haproxy = Repartiteur.demarrer(r.travail().resolve("repartiteur"), certificats, r.port(), noeuds);
            return new Grappe(List.copyOf(noeuds), haproxy, r.port());
        } catch (IOException | RuntimeException e) {
            noeuds.forEach(n -> ServeurWildFly.arreter(n.processus()));
            throw e;
        }
    }

    /** A node's or the balancer's port already taken would make another server pass for one of ours. */
    private static void verifierPortsLibres(Reglages r) {
        List<Integer> ports = new ArrayList<>(List.of(r.port()));
        r.decalages().forEach(d -> ports.addAll(List.of(8443 + d, 9990 + d, 7600 + d)));
        for (int port : ports) {
            if (Repartiteur.ouvert(port)) {
                throw new IllegalStateException("Le port " + port + " est déjà pris : un autre serveur tourne-t-il ?"
                        + " (-Dpacte.noeuds.decalages, -Dpacte.repartiteur.port)");
            }
        }
    }

    /** The application through the balancer, as users reach it. */
    public String url() {
        return "https://localhost:" + port + "/pacte";
    }

    public List<Noeud> noeuds() {
        return noeuds;
    }

    public Noeud noeud(String nom) {
        return noeuds.stream().filter(n -> n.nom().equals(nom)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nœud inconnu : " + nom));
    }

    @Override
    public void close() {
        repartiteur.destroy();
        noeuds.forEach(n -> ServeurWildFly.arreter(n.processus()));
        try {
            if (!repartiteur.waitFor(30, TimeUnit.SECONDS)) {
                repartiteur.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The node's login page answers 200 (the EAR deployed, the database reached), within five minutes. */
    private static void attendre(Noeud n, Path travail) throws IOException {
        HttpClient client = ClientLocal.client().connectTimeout(Duration.ofSeconds(2)).build();
        long limite = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Path echec = travail.resolve("standalone/deployments/pacte.ear.failed");
        while (System.nanoTime() < limite) {
            if (!n.vivant() || Files.exists(echec)) {
                throw new IllegalStateException("Le nœud " + n.nom() + " ou son déploiement a échoué : voir "
                        + travail.resolve("wildfly.log"));
            }
            try {
                HttpResponse<Void> rep = client.send(HttpRequest.newBuilder(URI.create(n.url() + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (rep.statusCode() == 200) {
                    return;
                }
            } catch (IOException pasEncore) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Le nœud " + n.nom() + " ne sert pas la page de connexion après 5 minutes");
    }
}
