package fr.pacte.commun.tableur;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ControlesTest {

    private enum Couleur { ROUGE, VERT }

    @Test
    void texteSurUneLigneEtLongueurEnCaracteres() {
        Controles controles = new Controles();
        Ligne ligne = new Ligne(2, Map.of("nom", "  Le  Gall\r\n-Hébert\t", "ville", "Œ".repeat(5)));

        assertEquals("Le Gall -Hébert", controles.obligatoire(ligne, "nom", 100));
        assertEquals("ŒŒŒŒŒ", controles.facultatif(ligne, "ville", 5));
        assertEquals("", controles.facultatif(ligne, "absente", 5));
        assertEquals(0, controles.nombre());
    }

    @Test
    void enumerationSansTenirCompteDeLaCasse() {
        Controles controles = new Controles();
        Ligne ligne = new Ligne(4, Map.of("c", "vert", "d", "bleu"));

        assertEquals(Couleur.VERT, controles.parmi(ligne, "c", Couleur.class, "couleur inconnue"));
        assertNull(controles.parmi(ligne, "d", Couleur.class, "couleur inconnue"));
        assertEquals(List.of(new ErreurImport(4, "d", "couleur inconnue : bleu (valeurs admises : ROUGE, VERT)")),
                controles.erreurs());
    }

    @Test
    void auDelaDuMaximumLesErreursSontCompteesPuisResumees() {
        Controles controles = new Controles();
        for (int i = 0; i < Controles.MAX_ERREURS_DETAILLEES + 5; i++) {
            controles.signaler(i + 2, "x", "erreur " + i);
        }

        List<ErreurImport> erreurs = controles.erreurs();

        assertEquals(Controles.MAX_ERREURS_DETAILLEES + 5, controles.nombre());
        assertEquals(Controles.MAX_ERREURS_DETAILLEES + 1, erreurs.size());
        assertEquals(new ErreurImport(Controles.MAX_ERREURS_DETAILLEES + 2, null,
                "… et 5 autre(s) erreur(s) non détaillée(s) à partir de cette ligne"), erreurs.get(erreurs.size() - 1));
    }
}
