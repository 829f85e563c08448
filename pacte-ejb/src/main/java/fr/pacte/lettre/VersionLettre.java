package fr.pacte.lettre;

import java.time.OffsetDateTime;

/** One version of a letter as screens and the API show it. */
public record VersionLettre(int numero, EtatLettre etat, boolean courante, OffsetDateTime signeeLe, String signeePar,
                            OffsetDateTime accepteeLe, String accepteePar, boolean accepteeParChef) {
}
