package fr.pacte.dotation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** An Envers revision of the dotations: who made the change and why. The service fills both in. */
@Entity
@Table(schema = "dotation", name = "revision")
@RevisionEntity
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    private long horodatage;

    private String auteur = "?";

    private String motif;

    public void renseigner(String auteurDuChangement, String motifDuChangement) {
        this.auteur = auteurDuChangement;
        this.motif = motifDuChangement == null || motifDuChangement.isBlank() ? null
                : motifDuChangement.length() > 500 ? motifDuChangement.substring(0, 500) : motifDuChangement;
    }

    public Long getId() {
        return id;
    }

    public long getHorodatage() {
        return horodatage;
    }

    public String getAuteur() {
        return auteur;
    }

    public String getMotif() {
        return motif;
    }
}
