package fr.pacte.referentiel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The académie this installation serves (one row). */
@Entity
@Table(schema = "referentiel", name = "academie")
public class Academie {

    @Id
    private short id;

    private String code;

    private String libelle;

    protected Academie() {
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }
}
