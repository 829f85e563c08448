package fr.pacte.commun.tableur;

import java.util.List;

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
