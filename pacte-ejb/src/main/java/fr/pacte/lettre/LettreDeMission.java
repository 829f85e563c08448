package fr.pacte.lettre;

import fr.pacte.commun.FormatDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One version of the lettre de mission of a personnel in an établissement for a campaign: version 1 is the letter,
 * version n ≥ 2 its avenant n° n-1. A brouillon follows the attributions as they are; signing freezes its content
 * (kept as JSON, so the signed letter prints the same forever); a change to the missions of a signed or accepted
 * letter opens an avenant and keeps the old version.
 */
@Entity
@Table(schema = "mission", name = "lettre")
public class LettreDeMission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    private String uai;

    private String identifiant;

    private int numero;

    @Enumerated(EnumType.STRING)
    private EtatLettre etat;

    private boolean courante;

    private String contenu;

    @Column(name = "signee_le")
    private OffsetDateTime signeeLe;

    @Column(name = "signee_par")
    private String signeePar;

    @Column(name = "acceptee_le")
    private OffsetDateTime accepteeLe;

    @Column(name = "acceptee_par")
    private String accepteePar;

    @Column(name = "acceptee_par_chef")
    private Boolean accepteeParChef;

    @Column(name = "creee_le")
    private OffsetDateTime creeeLe;

    @Version
    private long verrou;

    protected LettreDeMission() {
    }

    private LettreDeMission(String anneeScolaire, String uai, String identifiant, int numero, Instant maintenant) {
        this.anneeScolaire = anneeScolaire;
        this.uai = uai;
        this.identifiant = identifiant;
        this.numero = numero;
        this.etat = EtatLettre.BROUILLON;
        this.courante = true;
        this.creeeLe = maintenant.atOffset(ZoneOffset.UTC);
    }

    /** The first letter of a personnel in an établissement for a campaign, as a brouillon. */
    public static LettreDeMission premiere(String anneeScolaire, String uai, String identifiant, Instant maintenant) {
        return new LettreDeMission(anneeScolaire, uai, identifiant, 1, maintenant);
    }

    /**
     * The chef signs the brouillon: its content is frozen.
     * @throws LettreRefuseeException if already signed, or if there is no mission to sign
     */
    public void signer(String login, String contenuFige, int nombreMissions, Instant maintenant) {
        if (etat != EtatLettre.BROUILLON) {
            throw new LettreRefuseeException("La " + designation() + " est déjà " + etat.libelle().toLowerCase()
                    + " (le " + FormatDate.jour(signeeLe) + ") : une nouvelle signature n'est possible que sur un avenant.");
        }
        if (nombreMissions == 0) {
            throw new LettreRefuseeException("La " + designation() + " ne compte aucune mission : il n'y a rien à signer.");
        }
        etat = EtatLettre.SIGNEE;
        contenu = contenuFige;
        signeePar = login;
        signeeLe = maintenant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The agent accepts the signed letter, with his own account or through the chef who records it.
     * @throws LettreRefuseeException if the letter is not signed yet, or already accepted
     */
    public void accepter(String login, boolean parLeChef, Instant maintenant) {
        if (etat == EtatLettre.BROUILLON) {
            throw new LettreRefuseeException("La " + designation()
                    + " n'est pas encore signée par le chef d'établissement : elle ne peut pas être acceptée.");
        }
        if (etat == EtatLettre.ACCEPTEE) {
            throw new LettreRefuseeException("La " + designation() + " a déjà été acceptée le "
                    + FormatDate.jour(accepteeLe) + ".");
        }
        etat = EtatLettre.ACCEPTEE;
        accepteePar = login;
        accepteeParChef = parLeChef;
        accepteeLe = maintenant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The missions changed. A brouillon simply follows them (null is returned); a signed or accepted version is
     * kept as it was signed and stops being the current one, and the avenant returned is the new current version.
     */
    public LettreDeMission missionsModifiees(Instant maintenant) {
        if (etat == EtatLettre.BROUILLON) {
            return null;
        }
        courante = false;
        return new LettreDeMission(anneeScolaire, uai, identifiant, numero + 1, maintenant);
    }

    /** « lettre de mission » or « avenant n° k », for messages. */
    public String designation() {
        return numero == 1 ? "lettre de mission" : "avenant n° " + (numero - 1) + " à la lettre de mission";
    }

    public VersionLettre vue() {
        return new VersionLettre(numero, etat, courante, signeeLe, signeePar, accepteeLe, accepteePar,
                Boolean.TRUE.equals(accepteeParChef));
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

    public String getIdentifiant() {
        return identifiant;
    }

    public int getNumero() {
        return numero;
    }

    public EtatLettre getEtat() {
        return etat;
    }

    public boolean isCourante() {
        return courante;
    }

    /** The frozen content of a signed version (JSON), null for a brouillon. */
    public String getContenu() {
        return contenu;
    }
}
