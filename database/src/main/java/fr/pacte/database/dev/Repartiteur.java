package fr.pacte.database.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package) in front of the nodes of a {@link Grappe}: it ends the users' TLS with a certificate of
 * its own (made by openssl at the first start), encrypts again towards each node's HTTPS listener, keeps a user on
 * his node (cookie {@value #COOKIE}) while the node answers, and sends him to another as soon as his node fails its
 * readiness check (MicroProfile Health on the node's management port) or refuses a connection.
 */
final class Repartiteur {

    static final String COOKIE = "PACTE_NOEUD";
    private static final Path HAPROXY = Path.of(System.getProperty("pacte.haproxy", "/usr/sbin/haproxy"));

    private Repartiteur() {
    }

    static Process demarrer(Path travail, Path certificats, int port, List<Grappe.Noeud> noeuds) throws IOException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy absent (" + HAPROXY + ") : apt-get install haproxy"
                    + " (paquet Debian, installé par .ci/run), ou -Dpacte.haproxy=<chemin>");
        }
        if (ouvert(port)) {
            throw new IllegalStateException("Le port " + port + " du répartiteur est déjà pris (un nœud, un autre serveur) :"
                    + " choisissez-en un autre (-Dpacte.repartiteur.port)");
        }
        Files.createDirectories(travail);
        Path pem = certificat(certificats);
        Path configuration = travail.resolve("haproxy.cfg");
        Files.writeString(configuration, configuration(port, pem, noeuds), StandardCharsets.UTF_8);
        Process haproxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", configuration.toString())
                .redirectErrorStream(true)
                .redirectOutput(travail.resolve("haproxy.log").toFile())
                .start();
        try {
            attendrePort(port, haproxy, travail.resolve("haproxy.log"));
        } catch (RuntimeException e) {
            haproxy.destroyForcibly();
            throw e;
        }
        return haproxy;
    }

    static String configuration(int port, Path pem, List<Grappe.Noeud> noeuds) {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 4096
                    log stdout format raw local0
                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 2s
                    timeout client 10m
                    timeout server 10m
                    timeout http-request 30s
                    # a request whose node refuses the connection goes to another node
                    option redispatch
                    retries 2
                frontend pacte
                """);
        cfg.append("    bind 127.0.0.1:").append(port).append(" ssl crt ").append(pem.toAbsolutePath()).append('\n');
        cfg.append("""
                    # the client's address as the balancer saw it, never one the client wrote (per-address throttling)
                    http-request set-header X-Forwarded-For %[src]
                    http-request set-header X-Forwarded-Proto https
                    # the nodes trust the forwarded headers: none but those the balancer sets reaches them
                    http-request del-header X-Forwarded-Host
                    http-request del-header X-Forwarded-Port
                    default_backend noeuds
                backend noeuds
                    balance roundrobin
                """);
        cfg.append("    cookie ").append(COOKIE).append(" insert indirect nocache httponly secure\n");
        cfg.append("""
                    option httpchk GET /health/ready
                    http-check expect status 200
                """);
        for (Grappe.Noeud n : noeuds) {
            cfg.append("    server ").append(n.nom()).append(" 127.0.0.1:").append(n.portHttps())
                    .append(" ssl verify none cookie ").append(n.nom())
                    .append(" check port ").append(n.portGestion()).append(" no-check-ssl inter 1s fall 2 rise 2\n");
        }
        return cfg.toString();
    }

    /** The balancer's certificate and key in one PEM file, made once by openssl (kept with the data when there are). */
    private static Path certificat(Path dossier) throws IOException {
        Path pem = dossier.resolve("repartiteur.pem");
        if (Files.isRegularFile(pem)) {
            return pem;
        }
        Files.createDirectories(dossier);
        Path cle = dossier.resolve("repartiteur.key");
        Path cert = dossier.resolve("repartiteur.crt");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "825",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", cle.toString(), "-out", cert.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!openssl.waitFor(60, TimeUnit.SECONDS)) {
                openssl.destroyForcibly();
                throw new IllegalStateException("openssl ne répond pas (certificat du répartiteur)");
            }
            if (openssl.exitValue() != 0) {
                throw new IllegalStateException("openssl n'a pas produit le certificat du répartiteur");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // the private key: readable by its owner only
        Files.createFile(pem, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pem, Files.readString(cert) + Files.readString(cle));
        Files.delete(cle);
        Files.delete(cert);
        return pem;
    }

    private static void attendrePort(int port, Process haproxy, Path journal) throws IOException {
        long limite = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < limite) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("HAProxy s'est arrêté : voir " + journal + "\n" + Files.readString(journal));
            }
            if (ouvert(port)) {
                return;
            }
            sommeil();
        }
        throw new IllegalStateException("HAProxy n'écoute pas sur le port " + port + " : voir " + journal);
    }

    /** Something listens on the port of this machine. */
    static boolean ouvert(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException ferme) {
            return false;
        }
    }

    private static void sommeil() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
