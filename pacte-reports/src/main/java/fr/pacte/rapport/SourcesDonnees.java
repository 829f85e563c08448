package fr.pacte.rapport;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Choisit la source Jasper adaptée à une collection de records, de Map ou de beans. */
public final class SourcesDonnees {

    private SourcesDonnees() {
    }

    @SuppressWarnings("unchecked")
    public static JRDataSource de(Collection<?> lignes) {
        if (lignes.isEmpty()) {
            return new JRMapCollectionDataSource(List.of());
        }
        if (lignes.stream().allMatch(Record.class::isInstance)) {
            return new SourceEnregistrements(List.copyOf((Collection<? extends Record>) lignes));
        }
        if (lignes.stream().allMatch(Map.class::isInstance)) {
            return new JRMapCollectionDataSource((Collection<Map<String, ?>>) lignes);
        }
        return new JRBeanCollectionDataSource(lignes);
    }
}
