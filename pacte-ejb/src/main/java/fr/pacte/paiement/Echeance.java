package fr.pacte.paiement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One instalment as stored. Rows are written in bulk by the monthly run (see EcheanceRepository); a row with an
 * execution was sent to payroll and is never changed again, so this entity is read-only.
 */
@Entity
@Table(schema = "paiement", name = "echeance")
public class Echeance {

    @Id
    private Long id;

    @Column(name = "attribution_id")
    private long attributionId;

    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    private LocalDate mois;

    @Column(precision = 12, scale = 2)
    private BigDecimal montant;

    private boolean regularisation;

    @Column(name = "execution_id")
    private Long executionId;

    private String identifiant;

    private String uai;

    private String dispositif;

    @Column(name = "code_mission")
    private String codeMission;

    private String taux;

    protected Echeance() {
    }

    public LigneEcheance ligne() {
        return new LigneEcheance(attributionId, identifiant, uai, dispositif, codeMission, taux, YearMonth.from(mois),
                montant, regularisation, executionId != null);
    }

    public Versement versement() {
        return new Versement(YearMonth.from(mois), montant, regularisation);
    }

    public long getAttributionId() {
        return attributionId;
    }
}
