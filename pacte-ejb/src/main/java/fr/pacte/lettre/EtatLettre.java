package fr.pacte.lettre;

/** Where a version of a lettre de mission stands: drafted, signed by the chef, accepted by the agent. */
public enum EtatLettre {
    BROUILLON("Brouillon"),
    SIGNEE("Signée"),
    ACCEPTEE("Acceptée");

    private final String libelle;

    EtatLettre(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
