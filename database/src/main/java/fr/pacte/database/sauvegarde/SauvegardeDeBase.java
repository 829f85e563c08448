package fr.pacte.database.sauvegarde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * An online base backup of a PostgreSQL data directory by PostgreSQL's low-level API ({@code pg_backup_start} /
 * {@code pg_backup_stop}, "Making a Base Backup Using the Low Level API" of the manual): the files copied while the
 * server runs, made consistent at restore by replaying the archived WAL from the backup's start. Used for the embedded
 * server, whose Maven binaries have no {@code pg_basebackup}; an external server is backed up with its own
 * {@code pg_basebackup} (README, *Sauvegarde et restauration*). Needs WAL archiving on ({@link ArchivageWal}).
 */
public final class SauvegardeDeBase {

    /** What the manual says may be left out: rebuilt at start, or the server's own state. */
    private static final Set<String> CONTENU_OMIS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> FICHIERS_OMIS = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    private SauvegardeDeBase() {
    }

    /**
     * Copies {@code donnees} into {@code cible} (which must not exist) between the start and the stop of a backup, on
     * one connection as the superuser, and writes the {@code backup_label} the stop returns.
     *
     * @return the backup's end position in the WAL
     */
    public static String faire(DataSource superutilisateur, Path donnees, Path cible) throws SQLException, IOException {
        if (Files.exists(cible)) {
            throw new IOException("La sauvegarde " + cible + " existe déjà : choisir un répertoire neuf.");
        }
        try (Connection c = superutilisateur.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement debut = c.prepareStatement("SELECT pg_backup_start(?, true)")) {
                debut.setString(1, "pacte " + cible.getFileName());
                debut.execute();
            }
            copier(donnees, cible);
            // waits until the last WAL segment the backup needs is archived
            try (PreparedStatement fin = c.prepareStatement("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(true)");
                 ResultSet rs = fin.executeQuery()) {
                rs.next();
                Files.writeString(cible.resolve("backup_label"), rs.getString(2), StandardCharsets.UTF_8);
                String espaces = rs.getString(3);
                if (espaces != null && !espaces.isEmpty()) {
                    Files.writeString(cible.resolve("tablespace_map"), espaces, StandardCharsets.UTF_8);
                }
                return rs.getString(1);
            }
        }
    }

    private static void copier(Path source, Path cible) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(cible.resolve(source.relativize(dir).toString()));
                Path parent = dir.getParent();
                // the directory is kept (PostgreSQL needs it), its content is not
                return parent != null && parent.equals(source) && CONTENU_OMIS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path fichier, BasicFileAttributes attrs) throws IOException {
                String nom = fichier.getFileName().toString();
                if (FICHIERS_OMIS.contains(nom) || nom.startsWith("pgsql_tmp")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(fichier, cible.resolve(source.relativize(fichier).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException supprimeEntreTemps) {
                    // a file dropped during the copy: the WAL replay recreates or removes it (the manual allows it)
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path fichier, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        Files.createDirectories(cible.resolve("pg_wal/archive_status"));
    }
}
