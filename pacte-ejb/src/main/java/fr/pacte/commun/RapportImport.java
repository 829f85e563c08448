package fr.pacte.commun;

import java.io.Serializable;
import fr.pacte.commun.tableur.ErreurImport;

import java.util.List;

/**
 * Outcome of an import: accepted with its counts, or refused with every error (and then nothing was written).
 */
public record RapportImport(String nature, String nomFichier, boolean accepte, int crees, int modifies, int inchanges,
                            List<ErreurImport> erreurs) implements Serializable {

    public RapportImport {
        erreurs = List.copyOf(erreurs);
    }

    public static RapportImport refuse(String nature, String nomFichier, List<ErreurImport> erreurs) {
        return new RapportImport(nature, nomFichier, false, 0, 0, 0, erreurs);
    }
}
