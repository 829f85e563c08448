package fr.pacte.demande;

import java.io.Serializable;
import java.math.BigDecimal;

/** The rectorat's view: per département and kind, how many requests, how much asked and how much granted. */
public record SyntheseDemandes(String departement, NatureDemande nature, long demandes, long enAttente,
                               BigDecimal demande, BigDecimal accorde) implements Serializable {
}
