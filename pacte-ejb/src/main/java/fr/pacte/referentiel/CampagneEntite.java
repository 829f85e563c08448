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

/** A campaign as the référentiel keeps and changes it; other modules read it as a {@link Campagne}. */
@Entity(name = "Campagne")
@Table(schema = "referentiel", name = "campagne")
public class CampagneEntite {

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
    private Campagne.Statut statut;

    /** Voie whose Pacte parts an LPO's envelope counts in (SECOND_DEGRE or VOIE_PRO): the texts are silent. */
    @Column(name = "voie_parts_lpo")
    private String voiePartsLpo;

    /** How an annual mission starting after October is paid: RATTRAPAGE (default) or ETALEMENT (module paiement). */
    @Column(name = "paiement_entree_tardive")
    private String paiementEntreeTardive;

    /** Missions only for volunteers (seed 002), on by default. */
    @Column(name = "volontariat_requis")
    private boolean volontariatRequis;

    /** V18: hours not done may go to a colleague, as a transfer of hours and parts (off: the same agent only). */
    @Column(name = "redeploiement_vers_collegue")
    private boolean redeploiementVersCollegue;

    /** IMP of décret 2017-965 in écoles (seed 003): allowed by the campaign, off by default. */
    @Column(name = "imp_premier_degre")
    private boolean impPremierDegre;

    @Column(name = "date_notification_enveloppes")
    private LocalDate dateNotificationEnveloppes;

    /** Window of the répartition presented to the conseils, February to June by default (seed 003). */
    @Column(name = "debut_repartition")
    private LocalDate debutRepartition;

    @Column(name = "fin_repartition")
    private LocalDate finRepartition;

    /** Letters signed « au plus tard début octobre » (seed 002): 10 October by default. */
    @Column(name = "date_limite_lettres")
    private LocalDate dateLimiteLettres;

    @Column(name = "date_alerte_consommation")
    private LocalDate dateAlerteConsommation;

    @Column(name = "seuil_alerte_consommation", precision = 5, scale = 2)
    private BigDecimal seuilAlerteConsommation;

    @Column(name = "ouverte_le")
    private java.time.OffsetDateTime ouverteLe;

    @Column(name = "close_le")
    private java.time.OffsetDateTime closeLe;

    @Column(name = "close_par")
    private String closePar;

    @Version
    private long version;

    protected CampagneEntite() {
    }

    /** A new campaign in preparation with these settings (checked by {@link CycleCampagne#verifier}). */
    public static CampagneEntite nouvelle(String annee, ParametresCampagne p) {
        CampagneEntite c = new CampagneEntite();
        c.anneeScolaire = annee;
        c.statut = Campagne.Statut.PREPARATION;
        c.parametrer(p);
        return c;
    }

    public void parametrer(ParametresCampagne p) {
        dateDebut = p.dateDebut();
        dateFin = p.dateFin();
        montantPart = p.montantPart();
        plafondPartsVoiePro = p.plafondPartsVoiePro();
        plafondPartsAutres = p.plafondPartsAutres();
        demiPartsAutorisees = p.demiPartsAutorisees();
        voiePartsLpo = p.voiePartsLpo();
        paiementEntreeTardive = p.paiementEntreeTardive();
        volontariatRequis = p.volontariatRequis();
        impPremierDegre = p.impPremierDegre();
        dateNotificationEnveloppes = p.dateNotificationEnveloppes();
        debutRepartition = p.debutRepartition();
        finRepartition = p.finRepartition();
        dateLimiteLettres = p.dateLimiteLettres();
        dateAlerteConsommation = p.dateAlerteConsommation();
        seuilAlerteConsommation = p.seuilAlerteConsommation();
        redeploiementVersCollegue = p.redeploiementVersCollegue();
    }

    void ouvrir(java.time.OffsetDateTime le) {
        statut = Campagne.Statut.OUVERTE;
        ouverteLe = le;
    }

    void clore(java.time.OffsetDateTime le, String par) {
        statut = Campagne.Statut.CLOSE;
        closeLe = le;
        closePar = par;
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

    public Campagne.Statut getStatut() {
        return statut;
    }

    public String getVoiePartsLpo() {
        return voiePartsLpo;
    }

    public String getPaiementEntreeTardive() {
        return paiementEntreeTardive;
    }

    public boolean isRedeploiementVersCollegue() {
        return redeploiementVersCollegue;
    }

    public boolean isVolontariatRequis() {
        return volontariatRequis;
    }

    public boolean isImpPremierDegre() {
        return impPremierDegre;
    }

    public LocalDate getDateNotificationEnveloppes() {
        return dateNotificationEnveloppes;
    }

    public LocalDate getDebutRepartition() {
        return debutRepartition;
    }

    public LocalDate getFinRepartition() {
        return finRepartition;
    }

    public LocalDate getDateLimiteLettres() {
        return dateLimiteLettres;
    }

    public LocalDate getDateAlerteConsommation() {
        return dateAlerteConsommation;
    }

    public BigDecimal getSeuilAlerteConsommation() {
        return seuilAlerteConsommation;
    }

    public java.time.OffsetDateTime getOuverteLe() {
        return ouverteLe;
    }

    public java.time.OffsetDateTime getCloseLe() {
        return closeLe;
    }

    public String getClosePar() {
        return closePar;
    }

    public long getVersion() {
        return version;
    }

    public Campagne vue() {
        return new Campagne(anneeScolaire, dateDebut, dateFin, montantPart, plafondPartsVoiePro, plafondPartsAutres,
                demiPartsAutorisees, statut, voiePartsLpo, paiementEntreeTardive, volontariatRequis,
                redeploiementVersCollegue, impPremierDegre, dateNotificationEnveloppes, debutRepartition, finRepartition,
                dateLimiteLettres, dateAlerteConsommation, seuilAlerteConsommation, ouverteLe, closeLe, closePar, version);
    }
}
