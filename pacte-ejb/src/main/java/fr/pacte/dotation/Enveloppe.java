package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;

/** The envelope of one établissement for one campaign: parts Pacte (in its voie), IMP units, décharge hours. */
@Entity
@Table(schema = "dotation", name = "enveloppe")
@Audited
public class Enveloppe {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    private String uai;

    @NotAudited
    @Enumerated(EnumType.STRING)
    private Voie voie;

    @Column(precision = 10, scale = 1)
    private BigDecimal parts = BigDecimal.ZERO;

    @Column(precision = 10, scale = 2)
    private BigDecimal imp = BigDecimal.ZERO;

    @Column(name = "decharge_heures", precision = 10, scale = 2)
    private BigDecimal dechargeHeures = BigDecimal.ZERO;

    @NotAudited
    @Column(name = "parts_consommees", precision = 10, scale = 1)
    private BigDecimal partsConsommees = BigDecimal.ZERO;

    @NotAudited
    @Column(name = "imp_consommes", precision = 10, scale = 2)
    private BigDecimal impConsommes = BigDecimal.ZERO;

    // what the active attributions take, kept by the database's triggers (V11): never written from here
    @NotAudited
    @Column(name = "parts_attribuees", precision = 10, scale = 1, insertable = false, updatable = false)
    private BigDecimal partsAttribuees = BigDecimal.ZERO;

    @NotAudited
    @Column(name = "imp_attribues", precision = 10, scale = 2, insertable = false, updatable = false)
    private BigDecimal impAttribues = BigDecimal.ZERO;

    @NotAudited
    @Column(name = "decharge_attribuee", precision = 10, scale = 2, insertable = false, updatable = false)
    private BigDecimal dechargeAttribuee = BigDecimal.ZERO;

    @NotAudited
    @Version
    private long version;

    protected Enveloppe() {
    }

    public Enveloppe(String anneeScolaire, String uai, Voie voie) {
        this.anneeScolaire = anneeScolaire;
        this.uai = uai;
        this.voie = voie;
    }

    /** @throws RegleDotationException when the new values fall below what is attributed */
    public void fixer(BigDecimal nouvellesParts, BigDecimal nouveauxImp) {
        plancher().controler(nouvellesParts, nouveauxImp, dechargeHeures);
        this.parts = nouvellesParts;
        this.imp = nouveauxImp;
    }

    /** A supplement granted on the département's reserve. */
    public void ajouter(BigDecimal partsEnPlus, BigDecimal impEnPlus) {
        this.parts = parts.add(partsEnPlus);
        this.imp = imp.add(impEnPlus);
    }

    /** IMP units become weekly hours of décharge: 1 IMP at taux de base = 1 hour (seed 003). */
    public void convertirEnDecharge(BigDecimal unites) {
        plancher().controlerConversion(imp, unites);
        this.imp = imp.subtract(unites);
        this.dechargeHeures = dechargeHeures.add(unites);
    }

    /** Never written since its row exists (a campaign's envelopes exist at 0 from its creation): a first setting. */
    boolean jamaisFixee() {
        return version == 0 && parts.signum() == 0 && imp.signum() == 0 && dechargeHeures.signum() == 0;
    }

    /** What the envelope's attributions take: it may not go below. */
    public PlancherEnveloppe plancher() {
        return new PlancherEnveloppe(uai, partsAttribuees, impAttribues, dechargeAttribuee);
    }

    /** What the journal keeps of an envelope: its values and version, nothing else. */
    public java.util.Map<String, Object> journal() {
        return fr.pacte.securite.Evenement.valeurs("parts", parts, "imp", imp, "dechargeHeures", dechargeHeures, "version", version);
    }

    public Long getId() {
        return id;
    }

    public String getUai() {
        return uai;
    }

    public Voie getVoie() {
        return voie;
    }

    public BigDecimal getParts() {
        return parts;
    }

    public BigDecimal getImp() {
        return imp;
    }

    public BigDecimal getDechargeHeures() {
        return dechargeHeures;
    }

    public long getVersion() {
        return version;
    }
}
