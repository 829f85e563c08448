package fr.pacte.referentiel;

import java.util.Arrays;
import java.util.List;

/**
 * The voie of a catalogue mission (seeds 001, 002, 003) and of the parts of an envelope, owned by the referentiel so
 * that every module, screen and script names it the same way: its code is what the tables hold, its label what the
 * screens show. The académie's allocation and the envelopes count parts in the first three ({@link #DES_ENVELOPPES});
 * académique missions are the rectorat's own, outside any envelope.
 */
public enum Voie {
    PREMIER_DEGRE("Premier degré", "du premier degré"),
    SECOND_DEGRE("Second degré", "du second degré"),
    VOIE_PRO("Voie professionnelle", "de la voie professionnelle"),
    ACADEMIQUE("Académique", "des missions académiques");

    /** The voies an allocation, a reserve and an envelope count Pacte parts in. */
    public static final List<Voie> DES_ENVELOPPES = List.of(PREMIER_DEGRE, SECOND_DEGRE, VOIE_PRO);

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

    /** Whether a code read from a table or a form is this voie: {@code Voie.VOIE_PRO.est(mission.getVoie())}. */
    public boolean est(String code) {
        return name().equals(code);
    }

    /** @return the voie of this code, or null when the code is none */
    public static Voie de(String code) {
        return Arrays.stream(values()).filter(v -> v.est(code)).findFirst().orElse(null);
    }

    /** The label of a code, the code itself when it is no voie (an old row, shown as it is). */
    public static String libelleDe(String code) {
        Voie v = de(code);
        return v == null ? code : v.libelle;
    }

    /** The order the catalogue lists its missions in: the voie pro first, the académique missions last. */
    public static List<Voie> ordreDuCatalogue() {
        return List.of(VOIE_PRO, SECOND_DEGRE, PREMIER_DEGRE, ACADEMIQUE);
    }

    /** The voies between which a campaign may count the parts of an LPO (its lycée général and its voie pro). */
    public static List<Voie> voiesLpo() {
        return List.of(SECOND_DEGRE, VOIE_PRO);
    }

    /** The voie an LPO's parts count in for this campaign (a campaign setting). */
    public static Voie desLpo(Campagne campagne) {
        return valueOf(campagne.voiePartsLpo());
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
