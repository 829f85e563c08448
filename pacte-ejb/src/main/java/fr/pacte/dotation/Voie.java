package fr.pacte.dotation;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Nature;

/** The voie whose Pacte parts an envelope counts in: the académie's allocation is given per voie. */
public enum Voie {
    PREMIER_DEGRE("Premier degré", "du premier degré"),
    SECOND_DEGRE("Second degré", "du second degré"),
    VOIE_PRO("Voie professionnelle", "de la voie professionnelle");

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

    /** The voie an LPO's parts count in for this campaign (a campaign setting). */
    public static Voie desLpo(Campagne campagne) {
        return valueOf(campagne.getVoiePartsLpo());
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
