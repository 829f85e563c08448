package fr.pacte.commun.tableur;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Tableau}, checking its header against the expected columns.
 * File-level problems (format, encoding, header, size) throw {@link ImportRefuseException} with every problem
 * found; the values themselves are checked by the caller.
 */
public final class LecteurTableau {

    /** Largest file an import reads (the pages' upload and the REST body stop there): 20 MB. */
    public static final int TAILLE_MAX = 20 * 1024 * 1024;

    private LecteurTableau() {
    }

    /**
     * @param contenu           the uploaded bytes
     * @param nomFichierOuType  file name or MIME type, only quoted in messages: the format is detected from the
     *                          content, whatever the name says
     * @param colonnesAttendues exact header names; matched ignoring case and surrounding spaces, all required
     */
    public static Tableau lire(byte[] contenu, String nomFichierOuType, List<String> colonnesAttendues) {
        return lire(contenu, nomFichierOuType, colonnesAttendues, List.of());
    }

    /** As above, with columns the file may omit (a later addition to its format). */
    public static Tableau lire(byte[] contenu, String nomFichierOuType, List<String> colonnesAttendues,
                               List<String> colonnesFacultatives) {
        ConstructeurTableau constructeur = new ConstructeurTableau(colonnesAttendues, colonnesFacultatives);
        byte[] octets = contenu == null ? new byte[0] : contenu;
        String nom = nomFichierOuType == null ? "fichier" : nomFichierOuType;
        if (octets.length > TAILLE_MAX) {
            throw new ImportRefuseException(ErreurImport.fichier(null, "fichier trop volumineux : " + nom + " ("
                    + octets.length / (1024 * 1024) + " Mo pour " + TAILLE_MAX / (1024 * 1024) + " Mo au plus)"));
        }
        if (commencePar(octets, 0x50, 0x4B, 0x03, 0x04)) {
            LecteurXlsx.lire(octets, nom, constructeur);
        } else if (commencePar(octets, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportRefuseException(ErreurImport.fichier(null, "format XLS (Excel 97-2003) ou classeur protégé"
                    + " non pris en charge : " + nom + " ; enregistrez-le au format XLSX ou CSV"));
        } else if (contientNul(octets)) {
            throw new ImportRefuseException(ErreurImport.fichier(null,
                    "fichier non reconnu : " + nom + " n'est ni un CSV ni un classeur XLSX"));
        } else {
            LecteurCsv.lire(octets, constructeur);
        }
        return constructeur.resultat();
    }

    /**
     * Copies an upload to a temporary file, up to {@link #TAILLE_MAX} and no further, so that a streamed import
     * never holds the file in memory and may read it twice (encoding, then rows). The caller deletes the file.
     */
    public static Path deposer(InputStream contenu, String nomFichierOuType) {
        String nom = nomFichierOuType == null ? "fichier" : nomFichierOuType;
        Path fichier = null;
        try {
            fichier = Files.createTempFile("pacte-import-", ".tmp");
            long taille = 0;
            if (contenu != null) {
                try (OutputStream out = Files.newOutputStream(fichier)) {
                    byte[] tampon = new byte[1 << 16];
                    for (int n; (n = contenu.read(tampon)) >= 0; ) {
                        taille += n;
                        if (taille > TAILLE_MAX) {
                            throw new ImportRefuseException(ErreurImport.fichier(null, "fichier trop volumineux : "
                                    + nom + " (plus de " + TAILLE_MAX / (1024 * 1024) + " Mo pour "
                                    + TAILLE_MAX / (1024 * 1024) + " Mo au plus)"));
                        }
                        out.write(tampon, 0, n);
                    }
                }
            }
            return fichier;
        } catch (IOException | RuntimeException e) {
            supprimer(fichier);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    public static void supprimer(Path fichier) {
        try {
            if (fichier != null) {
                Files.deleteIfExists(fichier);
            }
        } catch (IOException e) {
            // a temporary file left behind is the system's to clean; the import's outcome stands
        }
    }

    /**
     * Reads a file left by {@link #deposer} row by row, with the same checks and messages as {@link #lire}: a CSV
     * is streamed (each row handed to {@code recepteur} as it is parsed); an XLSX, whose format needs it whole, is
     * read as today. File-level problems are thrown once the whole file has been read, as {@link #lire} does, so
     * the receiver must write nothing final before this returns.
     *
     * @return the expected columns present in the file, in its order
     */
    public static List<String> parcourir(Path fichier, String nomFichierOuType, List<String> colonnesAttendues,
                                         List<String> colonnesFacultatives, Consumer<Ligne> recepteur) {
        String nom = nomFichierOuType == null ? "fichier" : nomFichierOuType;
        try {
            byte[] debut;
            try (InputStream in = Files.newInputStream(fichier)) {
                debut = in.readNBytes(4096);
            }
            if (commencePar(debut, 0x50, 0x4B, 0x03, 0x04) || commencePar(debut, 0xD0, 0xCF, 0x11, 0xE0)
                    || contientNul(debut)) {
                Tableau t = lire(Files.readAllBytes(fichier), nom, colonnesAttendues, colonnesFacultatives);
                t.lignes().forEach(recepteur);
                return t.entetes();
            }
            ConstructeurTableau constructeur = new ConstructeurTableau(colonnesAttendues, colonnesFacultatives,
                    recepteur);
            LecteurCsv.lire(fichier, constructeur);
            return constructeur.resultat().entetes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean commencePar(byte[] contenu, int... octets) {
        if (contenu.length < octets.length) {
            return false;
        }
        for (int i = 0; i < octets.length; i++) {
            if ((contenu[i] & 0xFF) != octets[i]) {
                return false;
            }
        }
        return true;
    }

    // Text files never contain NUL; binary ones (PDF, images) almost always do early on. UTF-16 is caught later.
    private static boolean contientNul(byte[] contenu) {
        if (commencePar(contenu, 0xFF, 0xFE) || commencePar(contenu, 0xFE, 0xFF)) {
            return false;
        }
        int fin = Math.min(contenu.length, 4096);
        for (int i = 0; i < fin; i++) {
            if (contenu[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
