package fr.pacte.entrepot.exploration;

import fr.pacte.entrepot.Colonne;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A published pivot: the row and column labels (and the warehouse's codes of those values, "" for none, for the
 * API's users), and {@code lignes + 1} rows of {@code colonnes + 1} cells, the row totals last in each row and the
 * column totals in the last row ("Ensemble"). Only published values are kept: a
 * masked cell has no value here, so no renderer can leak it.
 */
public record Pivot(Question question, int seuil, List<String> libellesLignes, List<String> libellesColonnes,
        List<String> codesLignes, List<String> codesColonnes, List<List<Cellule>> cellules) implements Serializable {

    public static final String ENSEMBLE = "Ensemble";

    /** A cell: its value when published, or masked by the secret ("s"), or not applicable ("—"). */
    public record Cellule(BigDecimal valeur, boolean masquee, boolean sansObjet) implements Serializable {

        public Cellule {
            if (masquee || sansObjet) {
                valeur = null;
            }
        }
    }

    public Pivot {
        libellesLignes = List.copyOf(libellesLignes);
        libellesColonnes = List.copyOf(libellesColonnes);
        codesLignes = List.copyOf(codesLignes);
        codesColonnes = List.copyOf(codesColonnes);
        cellules = cellules.stream().map(List::copyOf).toList();
    }

    /** The header row: the two dimensions, each column value, then the row totals. */
    public List<String> entetes() {
        List<String> e = new ArrayList<>();
        e.add(question.lignes().libelle() + " \\ " + question.colonnes().libelle());
        e.addAll(libellesColonnes);
        e.add(ENSEMBLE);
        return e;
    }

    /** Label of row {@code l}, the last one being the column totals. */
    public String libelleLigne(int l) {
        return l < libellesLignes.size() ? libellesLignes.get(l) : ENSEMBLE;
    }

    /** Rows as text (the screen, the CSV and the XLSX): "s" where masked, "—" where not applicable. */
    public List<List<String>> texte() {
        List<List<String>> t = new ArrayList<>();
        for (int l = 0; l < cellules.size(); l++) {
            List<String> ligne = new ArrayList<>();
            ligne.add(libelleLigne(l));
            cellules.get(l).forEach(c -> ligne.add(texte(c)));
            t.add(ligne);
        }
        return t;
    }

    public String texte(Cellule c) {
        if (c.masquee()) {
            return Colonne.SECRET;
        }
        return c.sansObjet() ? Colonne.SANS_OBJET : question.mesure().formater(c.valeur());
    }

    public long cellulesMasquees() {
        return cellules.stream().flatMap(List::stream).filter(Cellule::masquee).count();
    }

    /** The rule of the secret as the page and the files state it. */
    public String regle() {
        return regle(seuil);
    }

    public static String regle(int seuil) {
        return "Secret statistique : chaque case porte le nombre de personnes distinctes qui la composent. Une case "
                + "comptant de 1 à " + (seuil - 1) + " personnes est masquée (« s »). Les totaux des lignes et ceux "
                + "des colonnes sont protégés chacun comme le tableau à une dimension qu'ils forment avec le total "
                + "général : ils sont publiés à l'identique dans tous les tableaux croisés qui les montrent. Puis des "
                + "cases intérieures sont masquées en complément (jamais un total), jusqu'à ce qu'aucune case masquée "
                + "ne puisse être recalculée à partir des cases publiées, des lignes et des colonnes. Une case qui est "
                + "aussi une case du rapport annuel (par exemple les femmes bénéficiaires d'un département, publiées "
                + "par le rapport filtré sur ce département) est masquée ici dès que le rapport la masque. Enfin, un "
                + "tableau croisé ne dit rien de plus sur ses totaux masqués que leur somme : deux tableaux croisés "
                + "partageant une dimension ne permettent pas de les retrouver. « — » : sans "
                + "objet (la case a des faits, mais aucun auquel la mesure s'applique, comme les parts du Pacte d'une "
                + "IMP) ; aucune personne n'y est cachée.";
    }
}
