package fr.pacte.database.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the provisioned WildFly on a base directory of its own (configuration copied, EAR in its deployments),
 * so the provisioned server stays clean for the Arquillian tests.
 */
final class ServeurWildFly {

    private ServeurWildFly() {
    }

    /** @param donnees the server's data directory kept between runs, or null for one inside {@code travail} */
    static Process demarrer(Path serveur, Path ear, Path travail, Path donnees, Map<String, String> environnement)
            throws IOException {
        return demarrer(serveur, ear, travail, donnees, environnement, List.of());
    }

    /**
     * @param options more arguments of standalone.sh: a node's name, port offset and peers ({@link Grappe}), a test's
     *                settings
     */
    static Process demarrer(Path serveur, Path ear, Path travail, Path donnees, Map<String, String> environnement,
                            List<String> options) throws IOException {
        if (!Files.isRegularFile(serveur.resolve("bin/standalone.sh")) || !Files.isRegularFile(ear)) {
            throw new IllegalStateException("Serveur ou EAR absent : lancez la commande run du README depuis la racine.");
        }
        Path base = travail.resolve("standalone").toAbsolutePath();
        supprimer(base);
        copierArbre(serveur.resolve("standalone/configuration"), base.resolve("configuration"));
        PacteRun.copier(ear, base.resolve("deployments/pacte.ear"));
        // a node behind the balancer trusts X-Forwarded-For: only the balancer, on this machine, may reach it
        String bind = options.contains(Grappe.MANDATAIRE) ? "127.0.0.1" : System.getProperty("pacte.bind", "127.0.0.1");
        List<String> commande = new ArrayList<>(List.of(serveur.resolve("bin/standalone.sh").toAbsolutePath().toString(),
                "-Djboss.server.base.dir=" + base, "-b", bind,
                // provisioned at that level for Micrometer's Prometheus registry (pacte-ear's pom)
                "--stability=community"));
        if (donnees != null) {
            commande.add("-Djboss.server.data.dir=" + donnees.toAbsolutePath());
        }
        commande.addAll(options);
        if (System.getenv("PACTE_OIDC_FOURNISSEUR") != null) {
            // SSO (README « SSO through OpenID Connect »): the provider and the client come from the environment
            commande.add("-Dpacte.securite=pacte-sso");
            System.out.println("Connexion par la fédération d'identité : " + System.getenv("PACTE_OIDC_FOURNISSEUR"));
        }
        ProcessBuilder pb = new ProcessBuilder(commande)
                .redirectErrorStream(true)
                .redirectOutput(travail.resolve("wildfly.log").toFile());
        pb.environment().putAll(environnement);
        System.out.println("Démarrage de WildFly (journal : " + travail.resolve("wildfly.log") + ")…");
        return pb.start();
    }

    private static void copierArbre(Path source, Path cible) throws IOException {
        try (Stream<Path> chemins = Files.walk(source)) {
            for (Path p : (Iterable<Path>) chemins::iterator) {
                Path dest = cible.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    PacteRun.copier(p, dest);
                }
            }
        }
    }

    /** Stops a server started here: its JVM (a child of standalone.sh) first, then the script. */
    static void arreter(Process wildfly) {
        List<ProcessHandle> jvm = wildfly.descendants().toList();
        jvm.forEach(ProcessHandle::destroy);
        wildfly.destroy();
        try {
            // a server stuck in its shutdown is killed after a minute, never waited for forever
            if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
                jvm.forEach(ProcessHandle::destroyForcibly);
                wildfly.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void supprimer(Path dossier) throws IOException {
        if (!Files.exists(dossier)) {
            return;
        }
        try (Stream<Path> chemins = Files.walk(dossier)) {
            for (Path p : chemins.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
