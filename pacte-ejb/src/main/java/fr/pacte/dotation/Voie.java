package fr.pacte.dotation;

import fr.pacte.referentiel.Nature;

/** The voie whose Pacte parts an envelope counts in: the académie's allocation is given per voie. */
public enum Voie {
    PREMIER_DEGRE("Premier degré"),
    SECOND_DEGRE("Second degré"),
    VOIE_PRO("Voie professionnelle");

    private final String libelle;

    Voie(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** École → premier degré; LP → voie professionnelle; LPO → the campaign's setting; others → second degré. */
    public static Voie pour(Nature nature, Voie voieDesLpo) {
        return switch (nature) {
            case ECOLE -> PREMIER_DEGRE;
            case LP -> VOIE_PRO;
            case LPO -> voieDesLpo;
            case CLG, LYC, EREA -> SECOND_DEGRE;
        };
    }
}
