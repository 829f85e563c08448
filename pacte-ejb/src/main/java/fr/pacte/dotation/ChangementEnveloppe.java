package fr.pacte.dotation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One entry of an envelope's history: who changed it, when, why, from what to what. */
public record ChangementEnveloppe(OffsetDateTime date, String auteur, String motif,
                                  BigDecimal partsAvant, BigDecimal partsApres, BigDecimal impAvant, BigDecimal impApres) {
}
