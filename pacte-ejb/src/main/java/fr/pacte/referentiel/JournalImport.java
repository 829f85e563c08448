package fr.pacte.referentiel;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** Trace of one import, accepted or refused, as the *Imports* screen lists it. */
public record JournalImport(String nature, String nomFichier, String auteur, OffsetDateTime dateImport, boolean accepte,
                            int crees, int modifies, int inchanges, int erreurs) implements Serializable {
}
