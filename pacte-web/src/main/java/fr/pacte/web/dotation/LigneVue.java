package fr.pacte.web.dotation;

import fr.pacte.web.QuantiteConverter;
import fr.pacte.dotation.LigneDotation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of the distribution table as the screen holds it: the service's row and the proposal of the last
 * simulation (null when none). Inline edits go to the API from the page (dotations.js), not through this row.
 */
public class LigneVue implements Serializable {

    private String uai;
    private String denomination;
    private String nature;
    private String departement;
    private String educationPrioritaire;
    private int personnels;
    private String voie;
    private BigDecimal partsN1;
    private BigDecimal impN1;
    private BigDecimal partsConsommeesN1;
    private BigDecimal impConsommesN1;
    private BigDecimal parts;
    private BigDecimal imp;
    private BigDecimal dechargeHeures;
    private long version;
    private BigDecimal propositionParts;
    private BigDecimal propositionImp;

    LigneVue(LigneDotation l, BigDecimal[] proposition) {
        actualiser(l);
        if (proposition != null) {
            propositionParts = proposition[0];
            propositionImp = proposition[1];
        }
    }

    private void actualiser(LigneDotation l) {
        uai = l.uai();
        denomination = l.denomination();
        nature = l.nature();
        departement = l.departement();
        educationPrioritaire = l.educationPrioritaire();
        personnels = l.personnels();
        voie = l.voie() == null ? "" : l.voie().libelle();
        partsN1 = l.partsN1();
        impN1 = l.impN1();
        partsConsommeesN1 = l.partsConsommeesN1();
        impConsommesN1 = l.impConsommesN1();
        parts = l.parts();
        imp = l.imp();
        dechargeHeures = l.dechargeHeures();
        version = l.version();
    }

    /** "12 p · 3,5 IMP": texts rather than converters keep the rows light, thousands of cells per page. */
    private static String enveloppe(BigDecimal parts, BigDecimal imp) {
        return QuantiteConverter.format(parts) + " p · " + QuantiteConverter.format(imp) + " IMP";
    }

    public String getEnveloppeN1() {
        return enveloppe(partsN1, impN1);
    }

    public String getConsommationN1() {
        return enveloppe(partsConsommeesN1, impConsommesN1);
    }

    public String getProposition() {
        return isPropose() ? enveloppe(propositionParts, propositionImp) : "";
    }

    public String getPartsTexte() {
        return QuantiteConverter.format(parts);
    }

    public String getImpTexte() {
        return QuantiteConverter.format(imp);
    }

    public boolean isPropose() {
        return propositionParts != null;
    }

    /** The proposal differs from the current envelope: the screen highlights it. */
    public boolean isPropositionDifferente() {
        return isPropose() && (propositionParts.compareTo(parts) != 0 || propositionImp.compareTo(imp) != 0);
    }

    public String getUai() {
        return uai;
    }

    public String getDenomination() {
        return denomination;
    }

    public String getNature() {
        return nature;
    }

    public String getDepartement() {
        return departement;
    }

    public String getEducationPrioritaire() {
        return educationPrioritaire;
    }

    public int getPersonnels() {
        return personnels;
    }

    public String getVoie() {
        return voie;
    }

    public BigDecimal getPartsN1() {
        return partsN1;
    }

    public BigDecimal getImpN1() {
        return impN1;
    }

    public BigDecimal getPartsConsommeesN1() {
        return partsConsommeesN1;
    }

    public BigDecimal getImpConsommesN1() {
        return impConsommesN1;
    }

    public BigDecimal getParts() {
        return parts;
    }

    public BigDecimal getImp() {
        return imp;
    }

    public BigDecimal getDechargeHeures() {
        return dechargeHeures;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getPropositionParts() {
        return propositionParts;
    }

    public BigDecimal getPropositionImp() {
        return propositionImp;
    }
}
