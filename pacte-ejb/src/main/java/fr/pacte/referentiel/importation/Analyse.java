package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.ErreurImport;

import java.util.List;

/**
 * Result of checking a file: either every line parsed (no error), or every error and no line, so that a file
 * is imported whole or not at all.
 */
public record Analyse<T>(List<T> lignes, List<ErreurImport> erreurs) {

    public Analyse {
        lignes = List.copyOf(lignes);
        erreurs = List.copyOf(erreurs);
    }

    public boolean valide() {
        return erreurs.isEmpty();
    }

    static <T> Analyse<T> de(List<T> lignes, List<ErreurImport> erreurs) {
        return erreurs.isEmpty() ? new Analyse<>(lignes, List.of()) : new Analyse<>(List.of(), erreurs);
    }
}
