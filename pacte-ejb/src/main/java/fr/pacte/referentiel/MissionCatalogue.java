package fr.pacte.referentiel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mission of the national catalogue (seeds 001, 002, 003), loaded from the reference CSV. Read-only. */
@Entity
@Table(schema = "referentiel", name = "mission_catalogue")
public class MissionCatalogue {

    @Id
    private String code;

    private String dispositif;

    private String voie;

    private String libelle;

    @Column(name = "quantum_heures")
    private Integer quantumHeures;

    private boolean forfaitaire;

    @Column(name = "taux_imp_reference")
    private String tauxImpReference;

    private boolean prioritaire;

    @Column(name = "bilan_remis_a")
    private String bilanRemisA;

    private String source;

    protected MissionCatalogue() {
    }

    public String getCode() {
        return code;
    }

    public String getDispositif() {
        return dispositif;
    }

    public String getVoie() {
        return voie;
    }

    public String getLibelle() {
        return libelle;
    }

    public Integer getQuantumHeures() {
        return quantumHeures;
    }

    public boolean isForfaitaire() {
        return forfaitaire;
    }

    public String getTauxImpReference() {
        return tauxImpReference;
    }

    public boolean isPrioritaire() {
        return prioritaire;
    }

    public String getBilanRemisA() {
        return bilanRemisA;
    }

    public String getSource() {
        return source;
    }
}
