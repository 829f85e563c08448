package fr.pacte.web.referentiel;

import fr.pacte.referentiel.Voie;
import fr.pacte.referentiel.CatalogueService;
import fr.pacte.referentiel.MissionCampagne;
import fr.pacte.referentiel.NouvelleMission;
import fr.pacte.referentiel.RegleCatalogueException;
import fr.pacte.web.Messages;

import java.io.Serializable;

/** The dialog of the catalogue page: a new mission or a rewording (rectorat), an adaptation (chef). */
public class FormulaireCatalogue implements Serializable {

    /** NOUVELLE, MODIFIEE or ADAPTEE. */
    private String mode = "NOUVELLE";
    private String code;
    private String dispositif = "PACTE";
    private String voie = Voie.SECOND_DEGRE.name();
    private String origine = "ACADEMIQUE";
    private String libelle;
    private String contenu;
    private Integer quantumHeures;
    private boolean forfaitaire;
    private String tauxImpReference;
    private String bilanRemisA = "chef d'établissement";

    public void nouvelle() {
        mode = "NOUVELLE";
        code = null;
        libelle = null;
        contenu = null;
        quantumHeures = null;
        forfaitaire = false;
        tauxImpReference = null;
    }

    public void modifier(MissionCampagne m) {
        mode = "MODIFIEE";
        code = m.code();
        libelle = m.libelle();
        contenu = m.contenu();
        bilanRemisA = m.bilanRemisA();
    }

    public void adapter(MissionCampagne m) {
        mode = "ADAPTEE";
        code = m.code();
        libelle = m.libelleAdapte() != null ? m.libelleAdapte() : m.libelle();
        contenu = m.libelleAdapte() != null ? m.contenuAdapte() : m.contenu();
    }

    boolean enregistrer(CatalogueService catalogues, String annee, String uai) {
        try {
            switch (mode) {
                case "NOUVELLE" -> catalogues.ajouter(annee, mission());
                case "MODIFIEE" -> catalogues.modifier(annee, code, mission());
                default -> catalogues.adapter(annee, uai, code, libelle, contenu);
            }
        } catch (RegleCatalogueException e) {
            Messages.erreur("Mission refusée", e.getMessage());
            return false;
        }
        Messages.info(switch (mode) {
            case "NOUVELLE" -> "Mission ajoutée";
            case "MODIFIEE" -> "Mission modifiée";
            default -> "Mission adaptée";
        }, mode.equals("ADAPTEE") ? "Les lettres de mission " + annee + " de votre établissement imprimeront ce texte."
                : "À compter de la campagne " + annee + " ; les campagnes précédentes gardent leur catalogue.");
        return true;
    }

    private NouvelleMission mission() {
        return new NouvelleMission(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT), dispositif, voie,
                libelle, contenu, quantumHeures, forfaitaire,
                tauxImpReference == null || tauxImpReference.isBlank() ? null : tauxImpReference, bilanRemisA, origine);
    }

    public String getTitre() {
        return switch (mode) {
            case "NOUVELLE" -> "Ajouter une mission académique ou locale";
            case "MODIFIEE" -> "Modifier la mission " + code;
            default -> "Adapter la mission " + code + " pour mon établissement";
        };
    }

    public boolean isNouvelle() {
        return "NOUVELLE".equals(mode);
    }

    public boolean isAdaptation() {
        return "ADAPTEE".equals(mode);
    }

    public String getMode() { return mode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDispositif() { return dispositif; }
    public void setDispositif(String dispositif) { this.dispositif = dispositif; }
    public String getVoie() { return voie; }
    public void setVoie(String voie) { this.voie = voie; }
    public String getOrigine() { return origine; }
    public void setOrigine(String origine) { this.origine = origine; }
    public String getLibelle() { return libelle; }
    public void setLibelle(String libelle) { this.libelle = libelle; }
    public String getContenu() { return contenu; }
    public void setContenu(String contenu) { this.contenu = contenu; }
    public Integer getQuantumHeures() { return quantumHeures; }
    public void setQuantumHeures(Integer quantumHeures) { this.quantumHeures = quantumHeures; }
    public boolean isForfaitaire() { return forfaitaire; }
    public void setForfaitaire(boolean forfaitaire) { this.forfaitaire = forfaitaire; }
    public String getTauxImpReference() { return tauxImpReference; }
    public void setTauxImpReference(String tauxImpReference) { this.tauxImpReference = tauxImpReference; }
    public String getBilanRemisA() { return bilanRemisA; }
    public void setBilanRemisA(String bilanRemisA) { this.bilanRemisA = bilanRemisA; }
}
