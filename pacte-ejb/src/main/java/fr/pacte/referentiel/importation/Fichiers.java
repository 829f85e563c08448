package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.Tableau;

import java.util.List;

/** What every analyser does around its lines. */
final class Fichiers {

    private Fichiers() {
    }

    /** A table read with other columns is a programming error of the caller, not a user error. */
    static void verifierColonnes(Tableau tableau, List<String> colonnes) {
        if (!tableau.entetes().containsAll(colonnes)) {
            throw new IllegalArgumentException("tableau lu sans les colonnes " + colonnes + " : " + tableau.entetes());
        }
    }

    static List<ErreurImport> erreurs(Tableau tableau, Controles controles) {
        if (tableau.lignes().isEmpty()) {
            controles.signaler(2, null, "fichier vide : aucune ligne de données après l'en-tête");
        }
        return controles.erreurs();
    }
}
