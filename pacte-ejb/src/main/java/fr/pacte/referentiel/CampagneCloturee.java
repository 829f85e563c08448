package fr.pacte.referentiel;

/**
 * Announced in the closing transaction, before the campaign is marked closed: the modules that keep a year's
 * figures freeze them (dotation: each envelope's consumption). Observers run synchronously; a refusal rolls back.
 */
public record CampagneCloturee(String annee) {
}
