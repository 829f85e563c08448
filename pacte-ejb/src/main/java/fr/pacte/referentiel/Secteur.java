package fr.pacte.referentiel;

/** Public, or private under contract. */
public enum Secteur {
    PU("Public"),
    PR("Privé sous contrat");

    private final String libelle;

    Secteur(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
