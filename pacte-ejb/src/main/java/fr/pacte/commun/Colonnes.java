package fr.pacte.commun;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

/** The columns of a native query's row as the domain types them: numbers as BigDecimal, dates as LocalDate. */
public final class Colonnes {

    private Colonnes() {
    }

    /** Zero for a NULL: sums and quantities that nothing was recorded for. */
    public static BigDecimal dec(Object o) {
        return o == null ? BigDecimal.ZERO : new BigDecimal(o.toString());
    }

    public static BigDecimal decOuNull(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }

    /** The driver returns java.sql.Date, or LocalDate when Hibernate types the column. */
    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
