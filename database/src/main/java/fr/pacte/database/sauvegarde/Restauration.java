package fr.pacte.database.sauvegarde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Prepares a data directory for a point-in-time recovery: the base backup copied into it, the WAL read back from the
 * archive ({@code restore_command}), the replay stopped at the chosen instant and the server promoted (it then
 * accepts writes on a new timeline). The server started on the directory does the rest.
 */
public final class Restauration {

    /** what PostgreSQL reads as a timestamp with time zone (it refuses ISO 8601's "T"/"Z" in recovery_target_time) */
    private static final DateTimeFormatter INSTANT_POSTGRESQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private Restauration() {
    }

    /**
     * @param jusqua the last instant whose commits are kept (commits after it, the mistake, are not replayed);
     *               null replays the whole archive
     */
    public static void preparer(Path sauvegarde, Path archive, OffsetDateTime jusqua, Path donnees) throws IOException {
        if (!Files.isRegularFile(sauvegarde.resolve("backup_label"))) {
            throw new IOException(sauvegarde + " n'est pas une sauvegarde de base (backup_label absent).");
        }
        if (Files.exists(donnees)) {
            throw new IOException("Le répertoire de données " + donnees + " existe : la restauration n'écrase rien.");
        }
        copier(sauvegarde, donnees);
        String dossier = archive.toAbsolutePath().toString();
        StringBuilder r = new StringBuilder("\n# restauration (fr.pacte.database.sauvegarde.Restauration)\n")
                .append("restore_command = 'cp \"").append(dossier).append("/%f\" \"%p\"'\n")
                .append("recovery_target_action = 'promote'\n");
        if (jusqua != null) {
            r.append("recovery_target_time = '").append(jusqua.format(INSTANT_POSTGRESQL)).append("'\n");
        }
        Files.writeString(donnees.resolve("postgresql.auto.conf"), r, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.createFile(donnees.resolve("recovery.signal"));
    }

    private static void copier(Path source, Path cible) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(cible.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path fichier, BasicFileAttributes attrs) throws IOException {
                Files.copy(fichier, cible.resolve(source.relativize(fichier).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        // PostgreSQL refuses a data directory others can read
        Files.setPosixFilePermissions(cible, PosixFilePermissions.fromString("rwx------"));
    }
}
