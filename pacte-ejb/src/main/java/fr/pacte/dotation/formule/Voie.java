package fr.pacte.dotation.formule;

/** Voie that funds an établissement's parts Pacte; each has its own disponible. */
public enum Voie {
    PREMIER_DEGRE("premier degré", "du premier degré"),
    SECOND_DEGRE("second degré", "du second degré"),
    VOIE_PRO("voie professionnelle", "de la voie professionnelle");

    private final String libelle;
    private final String complement;

    Voie(String libelle, String complement) {
        this.libelle = libelle;
        this.complement = complement;
    }

    public String libelle() {
        return libelle;
    }

    /** Noun complement for messages: « le disponible de la voie professionnelle ». */
    public String complement() {
        return complement;
    }
}
