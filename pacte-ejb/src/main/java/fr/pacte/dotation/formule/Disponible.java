package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** What may be distributed (allocation minus reserves): parts per voie, IMP for the whole académie. */
public record Disponible(Map<Voie, BigDecimal> parts, BigDecimal imp) {

    public Disponible {
        EnumMap<Voie, BigDecimal> copie = new EnumMap<>(Voie.class);
        Objects.requireNonNull(parts, "parts").forEach((voie, valeur) -> copie.put(voie, positif(valeur)));
        parts = Collections.unmodifiableMap(copie);
        imp = positif(imp);
    }

    /** Disponible of one voie; a voie absent from the map has nothing to distribute. */
    public BigDecimal parts(Voie voie) {
        return parts.getOrDefault(voie, BigDecimal.ZERO);
    }

    private static BigDecimal positif(BigDecimal valeur) {
        Objects.requireNonNull(valeur, "disponible");
        if (valeur.signum() < 0) {
            throw new IllegalArgumentException("Disponible négatif : " + valeur);
        }
        return valeur;
    }
}
