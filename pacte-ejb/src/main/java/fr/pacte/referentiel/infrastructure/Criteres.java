package fr.pacte.referentiel.infrastructure;

import fr.pacte.commun.Texte;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import java.util.ArrayList;
import java.util.List;

/** Pieces of criteria queries shared by the référentiel repositories. */
final class Criteres {

    private Criteres() {
    }

    /** Every word typed must appear in the normalised search column, in any order ("jaures college"). */
    static List<Predicate> contientLesMots(CriteriaBuilder cb, Expression<String> recherche, String texte) {
        List<Predicate> predicats = new ArrayList<>();
        if (texte == null || texte.isBlank()) {
            return predicats;
        }
        for (String mot : Texte.pourRecherche(texte).split("\\s+")) {
            String echappe = mot.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            predicats.add(cb.like(recherche, "%" + echappe + "%", '\\'));
        }
        return predicats;
    }
}
