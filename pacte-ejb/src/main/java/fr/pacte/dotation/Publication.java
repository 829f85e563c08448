package fr.pacte.dotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The envelopes of a campaign are published: chefs and DASEN see them; changes now need a reason. */
@Entity
@Table(schema = "dotation", name = "publication")
public class Publication {

    @Id
    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    @Column(name = "publiee_le")
    private OffsetDateTime publieeLe;

    @Column(name = "publiee_par")
    private String publieePar;

    protected Publication() {
    }

    public Publication(String anneeScolaire, String auteur) {
        this.anneeScolaire = anneeScolaire;
        this.publieeLe = OffsetDateTime.now();
        this.publieePar = auteur;
    }

    public OffsetDateTime getPublieeLe() {
        return publieeLe;
    }

    public String getPublieePar() {
        return publieePar;
    }
}
