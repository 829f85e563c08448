package fr.pacte.web.demande;

import fr.pacte.demande.NatureDemande;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;

/** What the chef types in the "Nouvelle demande" form. */
public class FormulaireDemande implements Serializable {

    private NatureDemande nature = NatureDemande.IMP_SUPPLEMENTAIRES;
    private BigDecimal quantite;
    private String justification;
    // the uploaded bytes are only needed during the request that saves them
    private transient UploadedFile fichier;

    public void vider() {
        nature = NatureDemande.IMP_SUPPLEMENTAIRES;
        quantite = null;
        justification = null;
        fichier = null;
    }

    public boolean isAvecFichier() {
        return fichier != null && fichier.getSize() > 0;
    }

    public NatureDemande getNature() {
        return nature;
    }

    public void setNature(NatureDemande nature) {
        this.nature = nature;
    }

    public BigDecimal getQuantite() {
        return quantite;
    }

    public void setQuantite(BigDecimal quantite) {
        this.quantite = quantite;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public UploadedFile getFichier() {
        return fichier;
    }

    public void setFichier(UploadedFile fichier) {
        this.fichier = fichier;
    }
}
