package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An établissement as the engine sees it. {@code voie} is the voie of its parts Pacte, decided by the caller;
 * the N-1 figures may be zero (a null is read as zero: a new établissement has no history).
 */
public record EtablissementADoter(String uai, String departement, Nature nature, EducationPrioritaire ep, Voie voie,
                                  int personnels, BigDecimal enveloppePartsN1, BigDecimal enveloppeImpN1,
                                  BigDecimal partsConsommeesN1, BigDecimal impConsommesN1) {

    public EtablissementADoter {
        if (uai == null || uai.isBlank()) {
            throw new IllegalArgumentException("UAI obligatoire");
        }
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(ep, "éducation prioritaire");
        Objects.requireNonNull(voie, "voie");
        if (personnels < 0) {
            throw new IllegalArgumentException("Nombre de personnels négatif pour " + uai);
        }
        enveloppePartsN1 = positifOuZero(enveloppePartsN1, uai);
        enveloppeImpN1 = positifOuZero(enveloppeImpN1, uai);
        partsConsommeesN1 = positifOuZero(partsConsommeesN1, uai);
        impConsommesN1 = positifOuZero(impConsommesN1, uai);
    }

    /** Without N-1 figures: a new établissement, or a formula that ignores them. */
    public EtablissementADoter(String uai, String departement, Nature nature, EducationPrioritaire ep, Voie voie,
                               int personnels) {
        this(uai, departement, nature, ep, voie, personnels, null, null, null, null);
    }

    private static BigDecimal positifOuZero(BigDecimal valeur, String uai) {
        if (valeur == null) {
            return BigDecimal.ZERO;
        }
        if (valeur.signum() < 0) {
            throw new IllegalArgumentException("Chiffre N-1 négatif pour " + uai);
        }
        return valeur;
    }
}
