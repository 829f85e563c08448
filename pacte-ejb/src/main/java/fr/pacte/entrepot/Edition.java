package fr.pacte.entrepot;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An annual report produced, with its parameters. */
public record Edition(long id, String annee, String filtres, int seuil, String format, String demandeePar,
        OffsetDateTime demandeeLe, int dureeMs) implements Serializable {
}
