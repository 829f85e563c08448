package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import java.math.BigDecimal;

/** A line of the académie's allocation: Pacte parts of one voie, or IMP in taux-de-base units. */
public enum LigneAllocation {
    PREMIER_DEGRE("Parts Pacte – premier degré", "parts", new BigDecimal("0.5")),
    SECOND_DEGRE("Parts Pacte – second degré", "parts", new BigDecimal("0.5")),
    VOIE_PRO("Parts Pacte – voie professionnelle", "parts", new BigDecimal("0.5")),
    IMP("IMP (taux de base)", "IMP", new BigDecimal("0.25"));

    private final String libelle;
    private final String unite;
    /** Finest quantity the allocation itself may be given in. */
    private final BigDecimal quantum;

    LigneAllocation(String libelle, String unite, BigDecimal quantum) {
        this.libelle = libelle;
        this.unite = unite;
        this.quantum = quantum;
    }

    public String libelle() {
        return libelle;
    }

    public String unite() {
        return unite;
    }

    public BigDecimal quantum() {
        return quantum;
    }

    /** The refusal of a write that would distribute more of this line than allocated: what is left, what was asked. */
    public String depassement(BigDecimal reste, BigDecimal demande) {
        return "Allocation académique dépassée (" + libelle + ") : il reste " + Quantites.format(reste) + " " + unite
                + " à distribuer, la modification en demande " + Quantites.format(demande) + ".";
    }

    /** The same refusal as an exception on the edit's field of this line ("imp" or "parts"), wherever it is found. */
    public RegleDotationException depassee(BigDecimal reste, BigDecimal demande) {
        return new RegleDotationException(this == IMP ? "imp" : "parts", depassement(reste, demande));
    }

    public static LigneAllocation de(Voie voie) {
        return valueOf(voie.name());
    }
}
