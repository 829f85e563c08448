package fr.pacte.referentiel;

/** How a mission is paid (shared vocabulary of the referentiel, seeds 002/003): in ninths (annuelle), once after service fait (ponctuelle), or in time (décharge, IMP only). */
public enum Modalite {
    ANNUELLE, PONCTUELLE, DECHARGE
}
