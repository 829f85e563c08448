package fr.pacte.database.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the run command keeps its embedded database between runs: {@code ~/.pacte/pgdata}, or -Dpacte.db.dir;
 * next to it, {@code wildfly-data}, the server's data directory (the ZIPs of lettres de mission the database
 * points to). Both survive a stop (fsync and synchronous commit on); only -Dpacte.reinitialiser=true wipes them.
 */
public final class DonneesLocales {

    private DonneesLocales() {
    }

    public static Path repertoire() {
        String choisi = System.getProperty("pacte.db.dir");
        return (choisi != null ? Path.of(choisi) : Path.of(System.getProperty("user.home"), ".pacte", "pgdata"))
                .toAbsolutePath();
    }

    /** The WildFly data directory kept with the database (jboss.server.data.dir). */
    public static Path fichiersServeur(Path repertoire) {
        return repertoire.resolveSibling("wildfly-data");
    }

    /** Starts the embedded PostgreSQL on its kept data, after wiping it (and the server's files) when asked to. */
    public static EmbeddedDatabase demarrer(int port, Path repertoire, boolean reinitialiser) throws IOException {
        if (reinitialiser && Files.exists(repertoire)) {
            boolean vide;
            try (Stream<Path> contenu = Files.list(repertoire)) {
                vide = contenu.findAny().isEmpty();
            }
            // never a directory that is not a PostgreSQL data directory (a mistyped -Dpacte.db.dir)
            if (!vide && !Files.isRegularFile(repertoire.resolve("PG_VERSION"))) {
                throw new IOException(repertoire + " n'est pas un répertoire de données PostgreSQL : il n'est pas effacé.");
            }
            effacer(repertoire);
            effacer(fichiersServeur(repertoire));
            System.out.println("Réinitialisation demandée (-Dpacte.reinitialiser=true) : les données de " + repertoire
                    + " et " + fichiersServeur(repertoire) + " sont effacées.");
        }
        // -Dpacte.db.archive=<dir>: continuous WAL archiving, for point-in-time recovery (README, Sauvegarde)
        String archive = System.getProperty("pacte.db.archive");
        if (archive != null && !archive.isBlank()) {
            Files.createDirectories(Path.of(archive));
            System.out.println("Archivage continu des WAL dans " + Path.of(archive).toAbsolutePath());
        }
        return EmbeddedDatabase.start(port, repertoire, true, archive == null || archive.isBlank()
                ? java.util.Map.of() : fr.pacte.database.sauvegarde.ArchivageWal.reglages(Path.of(archive)));
    }

    private static void effacer(Path repertoire) throws IOException {
        if (!Files.exists(repertoire)) {
            return;
        }
        try (Stream<Path> arbre = Files.walk(repertoire)) {
            for (Path p : arbre.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
