package fr.pacte.referentiel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign = one année scolaire with the settings the texts leave open (amount of a part, caps, half-parts).
 * Defaults follow seeds 001, 002 and 004: 1 250 € a part, 6 parts in voie professionnelle, 3 elsewhere.
 */
@Entity
@Table(schema = "referentiel", name = "campagne")
public class Campagne {

    public enum Statut { PREPARATION, OUVERTE, CLOSE }

    @Id
    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    @Column(name = "date_debut")
    private LocalDate dateDebut;

    @Column(name = "date_fin")
    private LocalDate dateFin;

    @Column(name = "montant_part", precision = 10, scale = 2)
    private BigDecimal montantPart;

    @Column(name = "plafond_parts_voie_pro")
    private int plafondPartsVoiePro;

    @Column(name = "plafond_parts_autres")
    private int plafondPartsAutres;

    @Column(name = "demi_parts_autorisees")
    private boolean demiPartsAutorisees;

    @Enumerated(EnumType.STRING)
    private Statut statut;

    /** Voie whose Pacte parts an LPO's envelope counts in (SECOND_DEGRE or VOIE_PRO): the texts are silent. */
    @Column(name = "voie_parts_lpo")
    private String voiePartsLpo;

    /** How an annual mission starting after October is paid: RATTRAPAGE (default) or ETALEMENT (module paiement). */
    @Column(name = "paiement_entree_tardive")
    private String paiementEntreeTardive;

    @Version
    private long version;

    protected Campagne() {
    }

    public String getAnneeScolaire() {
        return anneeScolaire;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public LocalDate getDateFin() {
        return dateFin;
    }

    public BigDecimal getMontantPart() {
        return montantPart;
    }

    public int getPlafondPartsVoiePro() {
        return plafondPartsVoiePro;
    }

    public int getPlafondPartsAutres() {
        return plafondPartsAutres;
    }

    public boolean isDemiPartsAutorisees() {
        return demiPartsAutorisees;
    }

    public Statut getStatut() {
        return statut;
    }

    public String getVoiePartsLpo() {
        return voiePartsLpo;
    }

    public String getPaiementEntreeTardive() {
        return paiementEntreeTardive;
    }

    /** "2025-2026" → "2024-2025" */
    public String anneePrecedente() {
        int debut = Integer.parseInt(anneeScolaire.substring(0, 4));
        return (debut - 1) + "-" + debut;
    }
}
