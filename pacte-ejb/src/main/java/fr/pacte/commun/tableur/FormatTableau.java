package fr.pacte.commun.tableur;

import java.util.Locale;

/** The two formats of the tabular exports, with their media type and file extension. */
public enum FormatTableau {

    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String type;
    private final String extension;

    FormatTableau(String type, String extension) {
        this.type = type;
        this.extension = extension;
    }

    public String type() {
        return type;
    }

    public String extension() {
        return extension;
    }

    /** The format of an extension ("csv", "XLSX"), null when it is neither. */
    public static FormatTableau depuis(String extension) {
        for (FormatTableau f : values()) {
            if (f.extension.equals(extension == null ? null : extension.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
