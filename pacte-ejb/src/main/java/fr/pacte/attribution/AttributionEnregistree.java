package fr.pacte.attribution;

/**
 * What attributing gave: a new attribution, or the identical one already in force (same natural key, same parts or
 * rate), found instead of writing it twice.
 */
public record AttributionEnregistree(AttributionVue attribution, boolean creee) {
}
