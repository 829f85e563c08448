package fr.pacte.paiement;

import java.time.YearMonth;

/** The files of a closed month: the payment file (CSV, XLSX) and its summary by département and dispositif. */
public enum FormatFichier {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String type;
    private final String extension;

    FormatFichier(String type, String extension) {
        this.type = type;
        this.extension = extension;
    }

    public String type() {
        return type;
    }

    public String nomFichier(String annee, YearMonth mois) {
        return (this == PDF ? "synthese-paiements-" : "paiements-") + annee + "-" + mois + "." + extension;
    }
}
