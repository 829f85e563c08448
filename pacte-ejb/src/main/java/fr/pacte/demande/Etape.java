package fr.pacte.demande;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One step of a request: the state reached, when, by whom, and the comment (decision reason…). */
@Entity
@Table(schema = "demande", name = "etape")
public class Etape {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "demande_id")
    private Demande demande;

    @Enumerated(EnumType.STRING)
    private EtatDemande etat;

    @Column(name = "date_etape")
    private OffsetDateTime date;

    private String auteur;

    private String commentaire;

    protected Etape() {
    }

    Etape(Demande demande, EtatDemande etat, String auteur, String commentaire) {
        this.demande = demande;
        this.etat = etat;
        this.date = OffsetDateTime.now();
        this.auteur = auteur;
        this.commentaire = commentaire;
    }

    public EtatDemande getEtat() {
        return etat;
    }

    public OffsetDateTime getDate() {
        return date;
    }

    public String getAuteur() {
        return auteur;
    }

    public String getCommentaire() {
        return commentaire;
    }
}
