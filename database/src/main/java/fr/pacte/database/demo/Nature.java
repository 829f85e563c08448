package fr.pacte.database.demo;

/**
 * Natures of établissement with their share of the établissements (per mille) and a usual staff range;
 * écoles take what the other natures leave, EREA are one or two per académie.
 */
enum Nature {
    ECOLE(0, 6, 16, 0.85),
    CLG(410, 35, 65, 0.70),
    LYC(120, 90, 160, 0.70),
    LPO(85, 100, 170, 0.70),
    LP(70, 45, 90, 0.70),
    EREA(0, 25, 40, 0.70);

    final int pourMille;
    final int effectifMin;
    final int effectifMax;
    /** Share of women among the staff: about 85 % in the first degree, 70 % in the second. */
    final double partFemmes;

    Nature(int pourMille, int effectifMin, int effectifMax, double partFemmes) {
        this.pourMille = pourMille;
        this.effectifMin = effectifMin;
        this.effectifMax = effectifMax;
        this.partFemmes = partFemmes;
    }
}
