package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** The reserve of a département for a campaign, drawn on by its DASEN's decisions. */
@Entity
@Table(schema = "dotation", name = "reserve")
public class Reserve {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    @Column(name = "departement_code")
    private String departement;

    @Column(name = "parts_premier_degre", precision = 10, scale = 1)
    private BigDecimal partsPremierDegre = BigDecimal.ZERO;

    @Column(name = "parts_second_degre", precision = 10, scale = 1)
    private BigDecimal partsSecondDegre = BigDecimal.ZERO;

    @Column(name = "parts_voie_pro", precision = 10, scale = 1)
    private BigDecimal partsVoiePro = BigDecimal.ZERO;

    @Column(precision = 10, scale = 2)
    private BigDecimal imp = BigDecimal.ZERO;

    @Version
    private long version;

    protected Reserve() {
    }

    public Reserve(String anneeScolaire, String departement) {
        this.anneeScolaire = anneeScolaire;
        this.departement = departement;
    }

    public void fixer(BigDecimal premier, BigDecimal second, BigDecimal voiePro, BigDecimal nouveauxImp) {
        this.partsPremierDegre = premier;
        this.partsSecondDegre = second;
        this.partsVoiePro = voiePro;
        this.imp = nouveauxImp;
    }

    /** Draws a granted supplement on the reserve; refused beyond what remains, saying what remains. */
    public void retirer(Voie voie, BigDecimal parts, BigDecimal imps) {
        BigDecimal resteParts = voie == null ? BigDecimal.ZERO : parts(voie);
        if (parts.compareTo(resteParts) > 0) {
            throw new RegleDotationException("quantite", "Réserve du département " + departement + " insuffisante : il reste "
                    + Quantites.format(resteParts) + " part(s) " + voie.complement() + ", la décision en accorde " + Quantites.format(parts) + ".");
        }
        if (imps.compareTo(imp) > 0) {
            throw new RegleDotationException("quantite", "Réserve du département " + departement + " insuffisante : il reste "
                    + Quantites.format(imp) + " IMP, la décision en accorde " + Quantites.format(imps) + ".");
        }
        if (parts.signum() > 0) {
            switch (voie) {
                case PREMIER_DEGRE -> partsPremierDegre = partsPremierDegre.subtract(parts);
                case SECOND_DEGRE -> partsSecondDegre = partsSecondDegre.subtract(parts);
                case VOIE_PRO -> partsVoiePro = partsVoiePro.subtract(parts);
                case ACADEMIQUE -> throw new IllegalArgumentException("une réserve ne compte pas de parts académiques");
            }
        }
        imp = imp.subtract(imps);
    }

    public BigDecimal parts(Voie voie) {
        return switch (voie) {
            case PREMIER_DEGRE -> partsPremierDegre;
            case SECOND_DEGRE -> partsSecondDegre;
            case VOIE_PRO -> partsVoiePro;
            case ACADEMIQUE -> BigDecimal.ZERO; // académique missions are taken outside any envelope or reserve
        };
    }

    public BigDecimal getImp() {
        return imp;
    }

    public ReserveDepartement vue() {
        return new ReserveDepartement(departement, partsPremierDegre, partsSecondDegre, partsVoiePro, imp, version);
    }
}
