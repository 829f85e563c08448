package fr.pacte.referentiel;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One version of a campaign's settings: who changed it, when, and the row before and after (JSON). */
public record VersionCampagne(long id, String annee, OffsetDateTime modifieLe, String modifiePar, String avant,
                              String apres) implements Serializable {
}
