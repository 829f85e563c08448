package fr.pacte.dotation;

import java.util.List;

/** Domain event: the rectorat published the envelopes of a campaign; fired in the publication's transaction. */
public record EnveloppesPubliees(String annee, List<String> uais) {
}
