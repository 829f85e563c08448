package fr.pacte.demande;

import java.math.BigDecimal;

/** A DASEN's decision on one request: the quantity granted (0 = refusal) and the reason. */
public record Decision(long demande, BigDecimal quantiteAccordee, String motif) {
}
