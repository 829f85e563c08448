package fr.pacte.web.api;

import fr.pacte.commun.Page;

import java.util.List;
import java.util.function.Function;

/** A page of results as the API returns it. */
public record PageJson<T>(long total, int page, int taille, List<T> elements) {

    public static <E, T> PageJson<T> de(Page<E> page, Function<E, T> conversion) {
        return new PageJson<>(page.total(), page.page(), page.taille(), page.elements().stream().map(conversion).toList());
    }
}
