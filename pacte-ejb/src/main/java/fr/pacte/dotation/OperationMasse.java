package fr.pacte.dotation;

import fr.pacte.commun.Quantite;

import java.math.BigDecimal;

/** A bulk action on the rows of a filtered selection of the distribution table. */
public record OperationMasse(Type type, BigDecimal valeur) {

    public OperationMasse {
        Quantite.verifier("valeur de l'action en masse", valeur, Quantite.Borne.ENVELOPPE);
    }

    public enum Type {
        FIXER_PARTS("Fixer les parts à"),
        AJOUTER_PARTS("Ajouter aux parts"),
        FIXER_IMP("Fixer les IMP à"),
        AJOUTER_IMP("Ajouter aux IMP"),
        RECONDUIRE_N1("Reconduire l'enveloppe N-1");

        private final String libelle;

        Type(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** New parts and IMP of one row; a negative result is left to the quantum check to refuse. */
    BigDecimal[] appliquer(LigneDotation l) {
        BigDecimal v = valeur == null ? BigDecimal.ZERO : valeur;
        return switch (type) {
            case FIXER_PARTS -> new BigDecimal[]{v, l.imp()};
            case AJOUTER_PARTS -> new BigDecimal[]{l.parts().add(v), l.imp()};
            case FIXER_IMP -> new BigDecimal[]{l.parts(), v};
            case AJOUTER_IMP -> new BigDecimal[]{l.parts(), l.imp().add(v)};
            case RECONDUIRE_N1 -> new BigDecimal[]{l.partsN1(), l.impN1()};
        };
    }
}
