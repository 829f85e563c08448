package fr.pacte.referentiel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** A département of the académie; its code is the UAI prefix (038, 620 for 2A, 971…). */
@Entity
@Table(schema = "referentiel", name = "departement")
public class Departement {

    @Id
    private String code;

    private String libelle;

    @Version
    private long version;

    protected Departement() {
    }

    public Departement(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    /** @return true if something changed */
    public boolean mettreAJour(String nouveauLibelle) {
        boolean change = !Objects.equals(libelle, nouveauLibelle);
        libelle = nouveauLibelle;
        return change;
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }
}
