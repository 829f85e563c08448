package fr.pacte.database.sauvegarde;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Continuous archiving of the WAL into a directory, the ground of point-in-time recovery: every completed segment
 * copied there (never overwritten), and a segment forced at least every {@code archive_timeout} so that a quiet
 * server loses at most that much. The settings are the server's start options (archive_mode needs a restart).
 */
public final class ArchivageWal {

    /** at most this many seconds of commits not yet in the archive on a quiet server */
    static final int DELAI_SECONDES = 60;

    private ArchivageWal() {
    }

    public static Map<String, String> reglages(Path archive) {
        String dossier = archive.toAbsolutePath().toString();
        if (!dossier.matches("[A-Za-z0-9/._-]+")) {
            // a start option of the server: no space nor quote to escape
            throw new IllegalArgumentException("Répertoire d'archives attendu sans espace ni caractère spécial : " + dossier);
        }
        Map<String, String> r = new LinkedHashMap<>();
        r.put("wal_level", "replica");
        r.put("archive_mode", "on");
        // PostgreSQL's own archiving module (contrib, in the embedded binaries): copies each segment through a
        // temporary file, fsyncs it, and never overwrites a different segment of the same name; no shell command
        r.put("archive_library", "basic_archive");
        r.put("basic_archive.archive_directory", dossier);
        r.put("archive_timeout", String.valueOf(DELAI_SECONDES));
        return r;
    }
}
