package fr.pacte.database.dev;

import fr.pacte.database.Migrations;
import fr.pacte.database.demo.CompteDemo;
import fr.pacte.database.demo.DemoAcademie;
import fr.pacte.database.demo.Resultat;
import fr.pacte.database.demo.Taille;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The run command: starts the embedded PostgreSQL on its kept data directory (or uses PACTE_DB_URL), migrates
 * what is new, loads the demo académie into an empty database only,
 * starts the provisioned WildFly with the EAR in its own base directory, waits for the login page, prints the URL
 * and the demo accounts, then serves until interrupted (Ctrl-C stops WildFly and PostgreSQL).
 */
public final class PacteRun {

    private PacteRun() {
    }

    public static void main(String[] args) throws Exception {
        long debut = System.nanoTime();
        Path serveur = Path.of(System.getProperty("pacte.server.dir", "pacte-ear/target/server"));
        Path ear = Path.of(System.getProperty("pacte.ear", "pacte-ear/target/pacte.ear"));
        Path travail = Path.of(System.getProperty("pacte.run.dir", "pacte-ear/target/run"));
        int portDb = Integer.getInteger("pacte.db.port", 55432);
        boolean vide = Boolean.getBoolean("pacte.vide");
        boolean reinitialiser = Boolean.getBoolean("pacte.reinitialiser");
        String externe = System.getenv("PACTE_DB_URL");

        EmbeddedDatabase embarquee = null;
        DataSource ds;
        Path donnees = DonneesLocales.repertoire();
        if (externe == null) {
            embarquee = DonneesLocales.demarrer(portDb, donnees, reinitialiser);
            ds = embarquee.dataSource();
            System.out.println("PostgreSQL embarqué démarré sur le port " + portDb + ", données conservées dans " + donnees
                    + " (-Dpacte.reinitialiser=true pour repartir de zéro)");
        } else {
            if (reinitialiser) {
                System.out.println("-Dpacte.reinitialiser ne s'applique qu'à la base embarquée : la base externe est gardée.");
            }
            ds = BaseExterne.depuisEnvironnement();
            System.out.println("PostgreSQL externe : " + externe);
        }
        Migrations.migrate(ds);
        List<CompteDemo> comptes = preparerDonnees(ds, vide, externe != null);

        Map<String, String> environnement = externe == null
                ? Map.of("PACTE_DB_PORT", String.valueOf(portDb), "PACTE_DB_PASSWORD", EmbeddedDatabase.PASSWORD)
                : Map.of();
        Path fichiers = externe == null ? DonneesLocales.fichiersServeur(donnees) : null;
        EmbeddedDatabase base = embarquee;
        if (Integer.getInteger("pacte.noeuds", 1) > 1) {
            List<Integer> decalages = java.util.Arrays.stream(System.getProperty("pacte.noeuds.decalages", "100,200")
                    .split(",")).map(String::trim).map(Integer::valueOf).toList();
            grappe(new Grappe.Reglages(serveur, ear, travail, fichiers, environnement,
                    Integer.getInteger("pacte.repartiteur.port", 8443), decalages, List.of()), base, vide, comptes, debut);
            return;
        }
        Process wildfly = ServeurWildFly.demarrer(serveur, ear, travail, fichiers, environnement);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> arreter(wildfly, base)));

        // HTTPS (issue 16): WildFly generates a self-signed certificate for localhost at its first start; HTTP redirects here
        String url = "https://localhost:8443/pacte/";
        attendrePageDeConnexion(url + "login.xhtml", wildfly, travail);
        if (!vide && !comptes.isEmpty()) {
            PaiementsDeDemo.clore(url);
        }
        afficher(url, comptes, Duration.ofNanos(System.nanoTime() - debut));
        System.out.println(" http://localhost:8080/pacte/ redirige vers HTTPS.");
        System.out.println(" Exploitation (interface d'administration) : http://localhost:9990/health/ready,"
                + " http://localhost:9990/metrics ; document OpenAPI de l'API : https://localhost:8443/openapi");
        System.out.println(" Journal du serveur : pacte-ear/target/run/wildfly.log   —   Ctrl-C pour arrêter.");
        System.out.println("==============================================================================");
        System.exit(wildfly.waitFor());
    }

    /**
     * {@code -Dpacte.noeuds=2}: two nodes (port offsets {@code pacte.noeuds.decalages}, 100 and 200) behind HAProxy on
     * {@code pacte.repartiteur.port} (8443), README « Two nodes behind HAProxy ».
     */
    private static void grappe(Grappe.Reglages reglages, EmbeddedDatabase base, boolean vide, List<CompteDemo> comptes,
                               long debut) throws Exception {
        Grappe grappe = Grappe.demarrer(reglages);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            grappe.close();
            arreter(null, base);
        }));
        String url = grappe.url() + "/";
        if (!vide && !comptes.isEmpty()) {
            PaiementsDeDemo.clore(url);
        }
        afficher(url, comptes, Duration.ofNanos(System.nanoTime() - debut));
        System.out.println(" Répartiteur HAProxy : " + url + " ; nœuds :");
        for (Grappe.Noeud n : grappe.noeuds()) {
            System.out.printf("   %s : %s/  (santé http://localhost:%d/health/ready, métriques :%d/metrics,"
                    + " journal %s)%n", n.nom(), n.url(), n.portGestion(), n.portGestion(),
                    reglages.travail().resolve("noeud-" + n.nom()).resolve("wildfly.log"));
        }
        System.out.println(" Ctrl-C pour arrêter les nœuds, le répartiteur et PostgreSQL.");
        System.out.println("==============================================================================");
        for (Grappe.Noeud n : grappe.noeuds()) {
            n.processus().waitFor();
        }
        System.exit(0);
    }

    private static List<CompteDemo> preparerDonnees(DataSource ds, boolean vide, boolean externe) {
        if (vide) {
            // the documented way to get an académie's first administrator: a one-time password, printed once
            CompteDemo premier = ComptesInitiaux.creerRectorat(ds);
            System.out.println(premier == null
                    ? "-Dpacte.vide=true : l'académie a déjà un compte rectorat, aucun compte n'est créé."
                    : "Premier compte rectorat créé avec un mot de passe provisoire, à changer à la première connexion.");
            return premier == null ? List.of() : List.of(premier);
        }
        if (!DemoAcademie.estVide(ds)) {
            System.out.println("L'académie contient déjà des données : rien n'est chargé (comptes et mots de passe inchangés).");
            return List.of();
        }
        if (externe) {
            // the demo and its shared passwords are never loaded into a real database
            System.out.println("Base externe vide : aucune donnée ni aucun compte n'est créé. Relancez avec -Dpacte.vide=true"
                    + " pour créer le premier compte rectorat (mot de passe provisoire affiché une fois).");
            return List.of();
        }
        Resultat r = DemoAcademie.charger(ds, Taille.DEMO);
        System.out.printf("Académie de démonstration chargée en %d ms : %d départements, %d établissements, %d personnels%n",
                r.duree().toMillis(), r.departements(), r.etablissements(), r.personnels());
        return r.comptes();
    }

    private static void attendrePageDeConnexion(String url, Process wildfly, Path travail) throws Exception {
        HttpClient client = ClientLocal.client().connectTimeout(Duration.ofSeconds(2)).build();
        long limite = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Path echec = travail.resolve("standalone/deployments/pacte.ear.failed");
        while (System.nanoTime() < limite) {
            if (!wildfly.isAlive() || Files.exists(echec)) {
                throw new IllegalStateException("WildFly ou le déploiement a échoué : voir " + travail.resolve("wildfly.log"));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException pasEncore) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("La page de connexion ne répond pas après 5 minutes : " + url);
    }

    private static void afficher(String url, List<CompteDemo> comptes, Duration duree) {
        System.out.println();
        System.out.println("==============================================================================");
        System.out.println(" Pacte est prêt en " + duree.toSeconds() + " s : " + url);
        System.out.println(" (certificat auto-signé généré au premier démarrage : le navigateur demande de l'accepter)");
        System.out.println("==============================================================================");
        if (!comptes.isEmpty()) {
            System.out.println(" Comptes :");
            System.out.printf("   %-22s %-14s %-20s %s%n", "Identifiant", "Mot de passe", "Rôle", "Périmètre");
            for (CompteDemo c : comptes) {
                System.out.printf("   %-22s %-14s %-20s %s%n", c.login(), c.motDePasse(), c.role(), c.perimetre());
            }
        }
    }

    private static void arreter(Process wildfly, EmbeddedDatabase base) {
        if (wildfly != null) {
            ServeurWildFly.arreter(wildfly);
        }
        try {
            if (base != null) {
                base.close();
            }
        } catch (Exception e) {
            System.err.println("Arrêt incomplet : " + e.getMessage());
        }
    }

    /** Copies a file, replacing the target. */
    static void copier(Path source, Path cible) throws IOException {
        Files.createDirectories(cible.getParent());
        Files.copy(source, cible, StandardCopyOption.REPLACE_EXISTING);
    }
}
