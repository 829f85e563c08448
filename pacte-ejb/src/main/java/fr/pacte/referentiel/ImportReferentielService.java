package fr.pacte.referentiel;

import fr.pacte.commun.RapportImport;

import java.util.List;

/**
 * Imports of the référentiel files by the rectorat (screen and REST). All-or-nothing: a file with any error
 * writes nothing and the report lists every error; re-importing the same file changes nothing (upsert by key).
 */
public interface ImportReferentielService {

    RapportImport importer(TypeImport type, String nomFichier, byte[] contenu);

    /** The latest imports, accepted or refused, most recent first. */
    List<JournalImport> journal(int nombre);
}
