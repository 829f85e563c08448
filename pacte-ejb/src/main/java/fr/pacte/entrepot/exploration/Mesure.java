package fr.pacte.entrepot.exploration;

import fr.pacte.entrepot.Colonne;

/**
 * A measure of the exploration. {@code effectif} counts the persons of the population (dim_personnel): it is crossed
 * with person dimensions only. The others are counted on the attributions in force or, for the amount paid, on the
 * instalments sent to payroll. Every cell also counts the distinct persons behind it, for the secret.
 */
public enum Mesure {

    EFFECTIF("Effectif", Colonne.Format.NOMBRE, true,
            "personnels de la population affectés dans l'académie pendant la campagne (unité : personne)"),
    BENEFICIAIRES("Bénéficiaires", Colonne.Format.NOMBRE, false,
            "personnes ayant au moins une mission en vigueur, Pacte ou IMP, payée ou en décharge (unité : personne ; "
                    + "croisée avec une dimension de mission, une personne compte dans chaque valeur où elle a une "
                    + "mission, et une fois dans le total)"),
    MISSIONS("Missions", Colonne.Format.NOMBRE, false, "attributions en vigueur, annulées exclues (unité : mission)"),
    PARTS("Parts du Pacte", Colonne.Format.DECIMAL, false, "parts des missions du Pacte en vigueur"),
    UNITES_IMP("Unités IMP", Colonne.Format.DECIMAL, false,
            "unités d'IMP des missions IMP en vigueur (coefficient du taux), payées ou en décharge"),
    MONTANT_ENGAGE("Montant engagé (€)", Colonne.Format.MONTANT, false,
            "montant annuel des missions rémunérées en vigueur (parts × montant de la part, IMP à leur taux) ; "
                    + "une IMP en décharge ne se paie pas en euros"),
    MONTANT_VERSE("Montant versé (€)", Colonne.Format.MONTANT, false,
            "échéances envoyées en paie par les mises en paiement mensuelles, régularisations comprises");

    private final String libelle;
    private final Colonne.Format format;
    private final boolean personnesSeulement;
    private final String definition;

    Mesure(String libelle, Colonne.Format format, boolean personnesSeulement, String definition) {
        this.libelle = libelle;
        this.format = format;
        this.personnesSeulement = personnesSeulement;
        this.definition = definition;
    }

    public String libelle() {
        return libelle;
    }

    public Colonne.Format format() {
        return format;
    }

    public String definition() {
        return definition;
    }

    /** True when the measure counts persons of the population, whatever their missions: no mission dimension. */
    public boolean personnesSeulement() {
        return personnesSeulement;
    }

    /** The French text of a value, as in the annual report. */
    public String formater(java.math.BigDecimal valeur) {
        return new Colonne(libelle, format, true).formater(valeur);
    }
}
