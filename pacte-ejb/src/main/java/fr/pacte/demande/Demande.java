package fr.pacte.demande;

import fr.pacte.commun.Quantite;
import fr.pacte.commun.Texte;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A request of an établissement to its DASEN, with its state machine and the trace of every step. */
@Entity
@Table(schema = "demande", name = "demande")
public class Demande {

    static final int MOTIF_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    private String uai;

    @Column(name = "departement_code")
    private String departement;

    @Enumerated(EnumType.STRING)
    private NatureDemande nature;

    @Column(precision = 10, scale = 2)
    private BigDecimal quantite;

    private String justification;

    @Enumerated(EnumType.STRING)
    private EtatDemande etat;

    @Column(name = "quantite_accordee", precision = 10, scale = 2)
    private BigDecimal quantiteAccordee;

    @Column(name = "motif_decision")
    private String motifDecision;

    @Column(name = "piece_jointe_nom")
    private String pieceJointeNom;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "piece_jointe")
    private byte[] pieceJointe;

    @Column(name = "creee_le")
    private OffsetDateTime creeeLe;

    @Column(name = "creee_par")
    private String creeePar;

    @Version
    private long version;

    @OneToMany(mappedBy = "demande", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Etape> etapes = new ArrayList<>();

    protected Demande() {
    }

    public Demande(String anneeScolaire, String uai, String departement, NatureDemande nature, BigDecimal quantite,
                   String justification, String auteur) {
        this.anneeScolaire = anneeScolaire;
        this.uai = uai;
        this.departement = departement;
        this.nature = nature;
        this.quantite = quantite;
        this.justification = justification;
        this.etat = EtatDemande.BROUILLON;
        this.creeeLe = OffsetDateTime.now();
        this.creeePar = auteur;
        etapes.add(new Etape(this, EtatDemande.BROUILLON, auteur, null));
    }

    public void deposer(String auteur) {
        passerA(EtatDemande.DEPOSEE, auteur, null);
    }

    public void retirer(String auteur, String commentaire) {
        texteAdmis("commentaire", commentaire, MOTIF_MAX);
        passerA(EtatDemande.RETIREE, auteur, commentaire);
    }

    public void instruire(String auteur) {
        passerA(EtatDemande.EN_INSTRUCTION, auteur, null);
    }

    /**
     * The DASEN's decision: all that was asked, part of it, or nothing. A partial grant or a refusal needs a reason.
     * @return the state reached
     */
    public EtatDemande decider(BigDecimal accordee, String motif, String auteur) {
        String horsBornes = Quantite.refus("Quantité accordée", accordee, Quantite.Borne.ENVELOPPE);
        if (horsBornes != null) {
            throw new RegleDemandeException("quantiteAccordee", horsBornes);
        }
        texteAdmis("motif", motif, MOTIF_MAX);
        if (accordee == null || accordee.signum() < 0 || accordee.compareTo(quantite) > 0) {
            throw new RegleDemandeException("quantiteAccordee", "La quantité accordée doit être comprise entre 0 et "
                    + quantite.stripTrailingZeros().toPlainString() + " (la quantité demandée).");
        }
        EtatDemande cible = accordee.signum() == 0 ? EtatDemande.REFUSEE
                : accordee.compareTo(quantite) == 0 ? EtatDemande.ACCEPTEE : EtatDemande.ACCEPTEE_PARTIELLEMENT;
        if (cible != EtatDemande.ACCEPTEE && (motif == null || motif.isBlank())) {
            throw new RegleDemandeException("motif", "Un motif est obligatoire pour "
                    + (cible == EtatDemande.REFUSEE ? "un refus." : "une acceptation partielle."));
        }
        passerA(cible, auteur, motif);
        this.quantiteAccordee = accordee;
        this.motifDecision = motif == null || motif.isBlank() ? null : motif;
        return cible;
    }

    public void joindre(String nom, byte[] contenu) {
        if (etat.estFinal()) {
            throw new RegleDemandeException("pieceJointe", "La demande est " + etat.libelle().toLowerCase()
                    + " : elle ne peut plus recevoir de pièce jointe.");
        }
        this.pieceJointeNom = nom;
        this.pieceJointe = contenu;
    }

    /** demande.motif_decision and etape.commentaire are varchar(2000): refused with a message, not by PostgreSQL. */
    private static void texteAdmis(String champ, String texte, int max) {
        String refus = Texte.tropLong(champ.equals("motif") ? "Motif" : "Commentaire", texte, max);
        if (refus != null) {
            throw new RegleDemandeException(champ, refus);
        }
    }

    private void passerA(EtatDemande cible, String auteur, String commentaire) {
        if (!etat.peutPasserA(cible)) {
            throw new RegleDemandeException("etat", "Une demande « " + etat.libelle().toLowerCase()
                    + " » ne peut pas passer à l'état « " + cible.libelle().toLowerCase() + " ».");
        }
        etat = cible;
        etapes.add(new Etape(this, cible, auteur, commentaire));
    }

    public Long getId() {
        return id;
    }

    public String getAnneeScolaire() {
        return anneeScolaire;
    }

    public String getUai() {
        return uai;
    }

    public String getDepartement() {
        return departement;
    }

    public NatureDemande getNature() {
        return nature;
    }

    public BigDecimal getQuantite() {
        return quantite;
    }

    public String getJustification() {
        return justification;
    }

    public EtatDemande getEtat() {
        return etat;
    }

    public BigDecimal getQuantiteAccordee() {
        return quantiteAccordee;
    }

    public String getMotifDecision() {
        return motifDecision;
    }

    public String getPieceJointeNom() {
        return pieceJointeNom;
    }

    public byte[] getPieceJointe() {
        return pieceJointe;
    }

    public OffsetDateTime getCreeeLe() {
        return creeeLe;
    }

    public String getCreeePar() {
        return creeePar;
    }

    public long getVersion() {
        return version;
    }

    public List<Etape> getEtapes() {
        return List.copyOf(etapes);
    }
}
