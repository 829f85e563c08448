package fr.pacte.referentiel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** An IMP rate with its STSWeb code (seed 003): 001 quart … 005 triple. Reference data, read-only. */
@Entity
@Table(schema = "referentiel", name = "taux_imp")
public class TauxImp {

    @Id
    @Column(name = "code_sts")
    private String codeSts;

    private String libelle;

    @Column(precision = 5, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "montant_annuel", precision = 10, scale = 2)
    private BigDecimal montantAnnuel;

    protected TauxImp() {
    }

    public String getCodeSts() {
        return codeSts;
    }

    public String getLibelle() {
        return libelle;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public BigDecimal getMontantAnnuel() {
        return montantAnnuel;
    }
}
