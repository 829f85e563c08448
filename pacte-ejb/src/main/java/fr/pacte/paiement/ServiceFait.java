package fr.pacte.paiement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The chef d'établissement attests that a one-off mission was done: its payment is released. */
@Entity
@Table(schema = "paiement", name = "service_fait")
public class ServiceFait {

    @Id
    @Column(name = "attribution_id")
    private Long attributionId;

    @Column(name = "enregistre_le")
    private OffsetDateTime enregistreLe;

    @Column(name = "enregistre_par")
    private String enregistrePar;

    protected ServiceFait() {
    }

    ServiceFait(long attributionId, String auteur) {
        this.attributionId = attributionId;
        this.enregistrePar = auteur;
        this.enregistreLe = OffsetDateTime.now();
    }

    public OffsetDateTime getEnregistreLe() {
        return enregistreLe;
    }
}
