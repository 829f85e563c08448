package fr.pacte.entrepot.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret key of the warehouse's personnel key (HMAC-SHA256, RFC 2104). It lives in a file outside the database
 * (system property {@code pacte.entrepot.cle.fichier}, by default {@code pacte-entrepot.cle} in the server's data
 * directory, created with 256 random bits on first use), so SQL access alone cannot link a warehouse row to a person.
 * The SQL receives the key's inner and outer pads, from which the HMAC is computed with the built-in sha256 (V26).
 */
public final class CleEntrepot {

    static final String PROPRIETE = "pacte.entrepot.cle.fichier";
    private static final int BLOC = 64;

    private final byte[] interne;
    private final byte[] externe;

    private CleEntrepot(byte[] cle) {
        if (cle.length < 16) {
            throw new IllegalArgumentException("La clé de l'entrepôt doit compter au moins 128 bits");
        }
        byte[] k = new byte[BLOC];
        System.arraycopy(cle, 0, k, 0, Math.min(cle.length, BLOC));
        if (cle.length > BLOC) {
            throw new IllegalArgumentException("La clé de l'entrepôt compte au plus 512 bits");
        }
        interne = new byte[BLOC];
        externe = new byte[BLOC];
        for (int i = 0; i < BLOC; i++) {
            interne[i] = (byte) (k[i] ^ 0x36);
            externe[i] = (byte) (k[i] ^ 0x5c);
        }
    }

    public static CleEntrepot de(byte[] cle) {
        return new CleEntrepot(cle);
    }

    /** The configured key file, created when missing (two nodes must be given the same file). */
    public static CleEntrepot configuree() {
        String chemin = System.getProperty(PROPRIETE);
        Path fichier = chemin != null ? Path.of(chemin)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "pacte-entrepot.cle");
        return duFichier(fichier);
    }

    static CleEntrepot duFichier(Path fichier) {
        try {
            if (!Files.exists(fichier)) {
                creer(fichier);
            }
            String texte = Files.readString(fichier, StandardCharsets.US_ASCII).trim();
            return new CleEntrepot(Base64.getDecoder().decode(texte));
        } catch (IOException e) {
            throw new UncheckedIOException("Clé de l'entrepôt illisible : " + fichier, e);
        }
    }

    private static void creer(Path fichier) throws IOException {
        byte[] cle = new byte[32];
        new SecureRandom().nextBytes(cle);
        Files.createDirectories(fichier.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(fichier.toAbsolutePath().getParent(), "cle", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's rights protect it
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(cle), StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, fichier); // two threads creating it at once: the first wins, the other reads it
        } catch (FileAlreadyExistsException e) {
            Files.delete(tmp);
        }
    }

    byte[] interne() {
        return interne.clone();
    }

    byte[] externe() {
        return externe.clone();
    }
}
