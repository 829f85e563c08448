package fr.pacte.referentiel;

import fr.pacte.commun.RapportImport;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

/**
 * Imports of the référentiel files by the rectorat (screen and REST). All-or-nothing: a file with any error
 * writes nothing and the report lists every error; re-importing the same file changes nothing (upsert by key).
 */
public interface ImportReferentielService {

    /**
     * @param contenu the file as sent, read as a stream up to {@link fr.pacte.commun.tableur.LecteurTableau#TAILLE_MAX}
     *                (the personnels are never held whole in memory)
     */
    RapportImport importer(TypeImport type, String nomFichier, InputStream contenu);

    default RapportImport importer(TypeImport type, String nomFichier, byte[] contenu) {
        return importer(type, nomFichier, new ByteArrayInputStream(contenu == null ? new byte[0] : contenu));
    }

    /** The latest imports, accepted or refused, most recent first. */
    List<JournalImport> journal(int nombre);
}
