package fr.pacte.demande;

import java.time.OffsetDateTime;

/** A notification as its recipient reads it (home page, API): what happened to which request, and when. */
public record NotificationVue(long id, Long demandeId, String objet, String message, OffsetDateTime creeeLe, boolean lue) {
}
