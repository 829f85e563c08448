package fr.pacte.demande;

/** What an établissement may ask its DASEN for (seed 003). */
public enum NatureDemande {
    IMP_SUPPLEMENTAIRES("IMP supplémentaires", "IMP"),
    PARTS_SUPPLEMENTAIRES("Parts Pacte supplémentaires", "part(s)"),
    CONVERSION_DECHARGE("Conversion d'IMP en décharge de service", "IMP → h");

    private final String libelle;
    private final String unite;

    NatureDemande(String libelle, String unite) {
        this.libelle = libelle;
        this.unite = unite;
    }

    public String libelle() {
        return libelle;
    }

    public String unite() {
        return unite;
    }
}
