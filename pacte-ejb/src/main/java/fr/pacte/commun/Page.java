package fr.pacte.commun;

import java.util.List;

/** One page of a longer result, with the total so screens and the API can page through it. */
public record Page<T>(List<T> elements, long total, int page, int taille) {

    public static final int TAILLE_MAX = 500;

    public Page {
        elements = List.copyOf(elements);
    }

    /** Clamps the requested page and size to sane bounds: an API caller cannot ask for a million rows. */
    public static int[] borner(Integer page, Integer taille) {
        int p = page == null || page < 0 ? 0 : page;
        int t = taille == null || taille <= 0 ? 50 : Math.min(taille, TAILLE_MAX);
        return new int[]{p, t};
    }
}
