package fr.pacte.web;

import fr.pacte.commun.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lazy model over a paged service call. The filters live in the page's bean (the source captures them), so the
 * table only brings the page, its size and the sorted column, whose name is the entity property the service knows.
 */
public class ModelePagine<T> extends LazyDataModel<T> {

    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> lire(String tri, boolean ascendant, int page, int taille);
    }

    @FunctionalInterface
    public interface Cle<T> extends Serializable {
        String de(T element);
    }

    private final Source<T> source;
    private final Cle<T> cle;

    public ModelePagine(Source<T> source, Cle<T> cle) {
        this.source = source;
        this.cle = cle;
    }

    @Override
    public int count(Map<String, FilterMeta> filtres) {
        return (int) Math.min(Integer.MAX_VALUE, source.lire(null, true, 0, 1).total());
    }

    @Override
    public List<T> load(int premier, int taille, Map<String, SortMeta> tris, Map<String, FilterMeta> filtres) {
        int t = taille > 0 ? Math.min(taille, Page.TAILLE_MAX) : Page.TAILLE_MAX;
        Optional<SortMeta> tri = tris.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst();
        return source.lire(tri.map(SortMeta::getField).orElse(null),
                tri.map(s -> s.getOrder() == SortOrder.ASCENDING).orElse(true), premier / t, t).elements();
    }

    @Override
    public String getRowKey(T element) {
        return cle.de(element);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream().filter(e -> cle.de(e).equals(rowKey)).findFirst().orElse(null);
    }
}
