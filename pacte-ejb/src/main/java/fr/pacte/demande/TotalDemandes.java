package fr.pacte.demande;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One line of the académie's totals: a kind of request over every département, in the unit of its kind. */
public record TotalDemandes(NatureDemande nature, long demandes, long enAttente, BigDecimal demande, BigDecimal accorde)
        implements Serializable {

    /** The totals of the synthesis per kind, in the order of the kinds; a kind nobody asked for is left out. */
    public static List<TotalDemandes> parNature(List<SyntheseDemandes> synthese) {
        List<TotalDemandes> totaux = new ArrayList<>();
        for (NatureDemande n : NatureDemande.values()) {
            List<SyntheseDemandes> lignes = synthese.stream().filter(s -> s.nature() == n).toList();
            if (!lignes.isEmpty()) {
                totaux.add(new TotalDemandes(n, lignes.stream().mapToLong(SyntheseDemandes::demandes).sum(),
                        lignes.stream().mapToLong(SyntheseDemandes::enAttente).sum(),
                        lignes.stream().map(SyntheseDemandes::demande).reduce(BigDecimal.ZERO, BigDecimal::add),
                        lignes.stream().map(SyntheseDemandes::accorde).reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
        return totaux;
    }
}
