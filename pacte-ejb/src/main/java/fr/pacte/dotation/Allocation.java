package fr.pacte.dotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the académie's allocation for a campaign. {@code distribue} is maintained by the database (triggers on
 * envelopes, reserves and académique attributions, in the line's tranches) and never written here.
 */
@Entity
@Table(schema = "dotation", name = "allocation")
@IdClass(Allocation.Cle.class)
public class Allocation {

    @Id
    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    @Id
    @Enumerated(EnumType.STRING)
    private LigneAllocation ligne;

    @Column(precision = 12, scale = 2)
    private BigDecimal alloue;

    /** The sum of the line's tranches (V36), whose quotas the database keeps adding up to {@code alloue}. */
    @Formula("(SELECT coalesce(sum(t.distribue), 0) FROM dotation.allocation_tranche t"
            + " WHERE t.annee_scolaire = annee_scolaire AND t.ligne = ligne)")
    private BigDecimal distribue;

    @Version
    private long version;

    protected Allocation() {
    }

    public Allocation(String anneeScolaire, LigneAllocation ligne, BigDecimal alloue) {
        this.anneeScolaire = anneeScolaire;
        this.ligne = ligne;
        this.alloue = alloue;
        this.distribue = BigDecimal.ZERO;
    }

    public void fixer(BigDecimal montant) {
        if (montant.compareTo(distribue) < 0) {
            throw new RegleDotationException(ligne.name(), ligne.libelle() + " : l'allocation ne peut pas descendre à "
                    + Quantites.format(montant) + ", " + Quantites.format(distribue)
                    + " sont déjà distribués (enveloppes et réserves).");
        }
        this.alloue = montant;
    }

    /** What the journal keeps of a line: the amount allocated and the version. */
    public java.util.Map<String, Object> journal() {
        return fr.pacte.securite.Evenement.valeurs("alloue", alloue, "version", version);
    }

    public EtatAllocation etat() {
        return new EtatAllocation(ligne, alloue, distribue == null ? BigDecimal.ZERO : distribue, version);
    }

    public long getVersion() {
        return version;
    }

    public LigneAllocation getLigne() {
        return ligne;
    }

    public BigDecimal getAlloue() {
        return alloue;
    }

    public BigDecimal getDistribue() {
        return distribue;
    }

    public static class Cle implements Serializable {
        private String anneeScolaire;
        private LigneAllocation ligne;

        public Cle() {
        }

        public Cle(String anneeScolaire, LigneAllocation ligne) {
            this.anneeScolaire = anneeScolaire;
            this.ligne = ligne;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cle c && Objects.equals(anneeScolaire, c.anneeScolaire) && ligne == c.ligne;
        }

        @Override
        public int hashCode() {
            return Objects.hash(anneeScolaire, ligne);
        }
    }
}
