package fr.pacte.rapport;

/** Une mission imprimée dans la lettre : {@code nature} PACTE ou IMP (regroupement), texte déjà rédigé. */
record LigneLettre(String nature, String texte) {

    static final String PACTE = "PACTE";
    static final String IMP = "IMP";
}
