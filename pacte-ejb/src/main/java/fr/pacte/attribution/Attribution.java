package fr.pacte.attribution;


import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Voie;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A catalogue mission attributed to a personnel of an établissement for a campaign. */
@Entity
@Table(schema = "mission", name = "attribution")
public class Attribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    private String uai;

    private String identifiant;

    @Column(name = "code_mission")
    private String codeMission;

    private String dispositif;

    private String voie;

    @Column(precision = 4, scale = 1)
    private BigDecimal parts;

    @Column(name = "taux_imp")
    private String tauxImp;

    @Column(name = "unites_imp", precision = 5, scale = 2)
    private BigDecimal unitesImp;

    @Column(precision = 6, scale = 1)
    private BigDecimal heures;

    @Column(name = "date_debut")
    private LocalDate dateDebut;

    @Column(name = "date_fin")
    private LocalDate dateFin;

    @Enumerated(EnumType.STRING)
    private Modalite modalite;

    private boolean annulee;

    @Column(name = "creee_le")
    private OffsetDateTime creeeLe;

    @Column(name = "creee_par")
    private String creeePar;

    @Version
    private long version;

    /** In euros, set by PostgreSQL (V25, mission.montant_attribution) at every write and read back by Hibernate. */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal montant;

    protected Attribution() {
    }

    Attribution(NouvelleAttribution a, String voieMission, BigDecimal unites, String auteur) {
        this.anneeScolaire = a.annee();
        this.uai = a.uai();
        this.identifiant = a.identifiant();
        this.codeMission = a.codeMission();
        this.dispositif = a.dispositif();
        this.voie = voieMission;
        this.parts = Dispositif.PACTE.est(a.dispositif()) ? a.parts() : null;
        this.tauxImp = Dispositif.IMP.est(a.dispositif()) ? a.tauxImp() : null;
        this.unitesImp = unites;
        this.heures = a.heures();
        this.dateDebut = a.dateDebut();
        this.dateFin = a.dateFin();
        this.modalite = a.modalite();
        this.creeeLe = OffsetDateTime.now();
        this.creeePar = auteur;
    }

    /** @return false when it was already cancelled (cancelling twice changes nothing) */
    boolean annuler() {
        if (annulee) {
            return false;
        }
        annulee = true;
        return true;
    }

    /** Same parts (Pacte) or same rate (IMP) as asked: a repeat of this attribution, not another one. */
    boolean memeContenu(NouvelleAttribution a) {
        return Dispositif.IMP.est(dispositif) ? java.util.Objects.equals(tauxImp, a.tauxImp())
                : parts != null && a.parts() != null && parts.compareTo(a.parts()) == 0;
    }

    public AttributionVue vue() {
        return new AttributionVue(id, anneeScolaire, uai, identifiant, dispositif, codeMission, voie, parts, tauxImp,
                unitesImp, heures, dateDebut, dateFin, modalite, annulee, version, montant);
    }

    public Long getId() {
        return id;
    }

    public String getUai() {
        return uai;
    }

    /** An académie-level IMP (seed 003): taken from the académie's IMP line, not from the établissement's envelope. */
    public boolean isAcademique() {
        return Voie.ACADEMIQUE.est(voie);
    }

    public boolean isAnnulee() {
        return annulee;
    }

    /** Moves planned hours in or out by a redéploiement (negative: hours leave this mission). */
    void changerHeures(BigDecimal delta) {
        heures = heures.add(delta);
    }

    /** Parts moved in or out with the hours of a transfer to a colleague (negative: they leave). */
    void changerParts(BigDecimal delta) {
        parts = parts.add(delta);
    }

    public BigDecimal getParts() {
        return parts;
    }

    public String getVoie() {
        return voie;
    }

    public String getAnneeScolaire() {
        return anneeScolaire;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getCodeMission() {
        return codeMission;
    }
}
