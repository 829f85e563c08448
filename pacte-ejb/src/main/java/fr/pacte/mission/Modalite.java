package fr.pacte.mission;

/** How a mission is paid: in ninths (annuelle), once after service fait (ponctuelle), or in time (décharge, IMP only). */
public enum Modalite {
    ANNUELLE, PONCTUELLE, DECHARGE
}
