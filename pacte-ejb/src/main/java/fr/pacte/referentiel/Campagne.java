package fr.pacte.referentiel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A campaign = one année scolaire with the settings the texts leave open (amount of a part, caps, half-parts), as
 * the référentiel publishes it. Defaults follow seeds 001, 002 and 004: 1 250 € a part, 6 parts in voie
 * professionnelle, 3 elsewhere.
 *
 * @param version the row's version: a change of settings names the one it started from
 */
public record Campagne(String anneeScolaire, LocalDate dateDebut, LocalDate dateFin, BigDecimal montantPart,
                       int plafondPartsVoiePro, int plafondPartsAutres, boolean demiPartsAutorisees, Statut statut,
                       String voiePartsLpo, String paiementEntreeTardive, boolean volontariatRequis,
                       boolean redeploiementVersCollegue, boolean impPremierDegre, LocalDate dateNotificationEnveloppes,
                       LocalDate debutRepartition, LocalDate finRepartition, LocalDate dateLimiteLettres,
                       LocalDate dateAlerteConsommation, BigDecimal seuilAlerteConsommation, OffsetDateTime ouverteLe,
                       OffsetDateTime closeLe, String closePar, long version) implements Serializable {

    /** PREPARATION → OUVERTE → CLOSE, never back ({@link CycleCampagne}). */
    public enum Statut {
        PREPARATION("En préparation"), OUVERTE("Ouverte"), CLOSE("Close");

        private final String libelle;

        Statut(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Whether it may be opened now (the rule of {@link CycleCampagne#refusOuverture}). */
    public boolean ouvrable() {
        return CycleCampagne.refusOuverture(anneeScolaire, statut) == null;
    }

    /** Whether it may be closed now ({@link CycleCampagne#refusCloture}). */
    public boolean closable() {
        return CycleCampagne.refusCloture(anneeScolaire, statut) == null;
    }

    /** A closed campaign's settings no longer change (V23). */
    public boolean parametrable() {
        return statut != Statut.CLOSE;
    }

    /** "2025-2026" → "2024-2025" */
    public String anneePrecedente() {
        int debut = Integer.parseInt(anneeScolaire.substring(0, 4));
        return (debut - 1) + "-" + debut;
    }
}
