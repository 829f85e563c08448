package fr.pacte.referentiel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** A département of the académie as the référentiel keeps it; other modules read it as a {@link Departement}. */
@Entity(name = "Departement")
@Table(schema = "referentiel", name = "departement")
public class DepartementEntite {

    @Id
    private String code;

    private String libelle;

    @Version
    private long version;

    protected DepartementEntite() {
    }

    public DepartementEntite(String code, String libelle) {
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

    public Departement vue() {
        return new Departement(code, libelle);
    }
}
