package fr.pacte.securite;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One journal entry as read back; {@code avant} and {@code apres} are JSON text. */
public record EntreeJournal(long id, OffsetDateTime horodatage, String auteur, String role, String action, String objet,
                            String objetId, String annee, String departement, String uai, String avant, String apres,
                            String motif) implements Serializable {
}
