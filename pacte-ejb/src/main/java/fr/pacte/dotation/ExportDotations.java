package fr.pacte.dotation;

import fr.pacte.commun.tableur.FormatTableau;

import java.util.List;

/**
 * The files of the distribution screen: the filtered table (XLSX or CSV), and the envelopes in the very format the
 * import reads back ({@code annee_scolaire;uai;parts_pacte;imp_taux_base}). Numbers without grouping, so that
 * spreadsheets and the import read them.
 */
public enum ExportDotations {

    TABLEAU_XLSX(FormatTableau.XLSX, "xlsx"),
    TABLEAU_CSV(FormatTableau.CSV, "csv"),
    IMPORT_CSV(FormatTableau.CSV, "import.csv");

    static final List<String> ENTETES = List.of("UAI", "Dénomination", "Nature", "Département",
            "Éducation prioritaire", "Personnels", "Voie", "Parts N-1", "IMP N-1", "Parts consommées N-1",
            "IMP consommés N-1", "Parts", "IMP", "Décharge (heures)");
    public static final List<String> COLONNES_IMPORT = List.of("annee_scolaire", "uai", "parts_pacte", "imp_taux_base");

    private final FormatTableau format;
    private final String suffixe;

    ExportDotations(FormatTableau format, String suffixe) {
        this.format = format;
        this.suffixe = suffixe;
    }

    public FormatTableau format() {
        return format;
    }

    /** The file's name: {@code enveloppes-2025-2026.xlsx}, {@code enveloppes-2025-2026.import.csv}. */
    public String nom(String annee) {
        return "enveloppes-" + annee + "." + suffixe;
    }

    List<String> entetes() {
        return this == IMPORT_CSV ? COLONNES_IMPORT : ENTETES;
    }

    List<String> ligne(String annee, LigneDotation l) {
        if (this == IMPORT_CSV) {
            return List.of(annee, l.uai(), Quantites.format(l.parts()), Quantites.format(l.imp()));
        }
        return List.of(l.uai(), l.denomination(), l.nature(), l.departement(), l.educationPrioritaire(),
                String.valueOf(l.personnels()), l.voie() == null ? "" : l.voie().libelle(),
                Quantites.format(l.partsN1()), Quantites.format(l.impN1()),
                Quantites.format(l.partsConsommeesN1()), Quantites.format(l.impConsommesN1()),
                Quantites.format(l.parts()), Quantites.format(l.imp()),
                Quantites.format(l.dechargeHeures()));
    }
}
