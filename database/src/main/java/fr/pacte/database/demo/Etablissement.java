package fr.pacte.database.demo;

/** A generated row of referentiel.etablissement. */
record Etablissement(String uai, Nature nature, String denominationPrincipale, String denominationComplementaire,
                     Departement departement, String commune, String secteur, String educationPrioritaire) {

    String recherche() {
        return Recherche.de(denominationPrincipale, denominationComplementaire, commune, uai);
    }

    /** "0380001X – Collège Jean-Jaurès (Échirolles)", as shown to a chef d'établissement. */
    String perimetre() {
        return uai + " – " + denominationPrincipale + " (" + commune + ")";
    }
}
