package fr.pacte.web.dotation;

import fr.pacte.dotation.ReserveDepartement;
import fr.pacte.referentiel.Departement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The reserve of one département as typed in the allocation dialog, with the values it was read with. */
public class ReserveSaisie implements Serializable {

    private final String departement;
    private final String libelle;
    private List<BigDecimal> lues;
    /** The version read, sent back so that a change made meanwhile is refused instead of overwritten. */
    private long version;
    private BigDecimal premierDegre;
    private BigDecimal secondDegre;
    private BigDecimal voiePro;
    private BigDecimal imp;

    private ReserveSaisie(String departement, String libelle, BigDecimal premier, BigDecimal second,
                          BigDecimal voiePro, BigDecimal imp, long version) {
        this.version = version;
        this.departement = departement;
        this.libelle = libelle;
        this.premierDegre = premier;
        this.secondDegre = second;
        this.voiePro = voiePro;
        this.imp = imp;
        this.lues = List.of(premier, second, voiePro, imp);
    }

    static ReserveSaisie de(Departement d, ReserveDepartement r) {
        return r == null
                ? new ReserveSaisie(d.code(), d.libelle(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0)
                : new ReserveSaisie(d.code(), d.libelle(), r.partsPremierDegre(), r.partsSecondDegre(),
                r.partsVoiePro(), r.imp(), r.version());
    }

    long version() {
        return version;
    }

    /** Saved: what is stored now is what was typed (a later refusal in the same dialog must not send it again). */
    void enregistree(ReserveDepartement r) {
        lues = List.of(r.partsPremierDegre(), r.partsSecondDegre(), r.partsVoiePro(), r.imp());
        version = r.version();
    }

    boolean modifiee() {
        List<BigDecimal> saisies = Arrays.asList(premierDegre, secondDegre, voiePro, imp);
        for (int i = 0; i < saisies.size(); i++) {
            if (saisies.get(i) == null || saisies.get(i).compareTo(lues.get(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    public String getDepartement() {
        return departement;
    }

    public String getLibelle() {
        return libelle;
    }

    public BigDecimal getPremierDegre() {
        return premierDegre;
    }

    public void setPremierDegre(BigDecimal premierDegre) {
        this.premierDegre = premierDegre;
    }

    public BigDecimal getSecondDegre() {
        return secondDegre;
    }

    public void setSecondDegre(BigDecimal secondDegre) {
        this.secondDegre = secondDegre;
    }

    public BigDecimal getVoiePro() {
        return voiePro;
    }

    public void setVoiePro(BigDecimal voiePro) {
        this.voiePro = voiePro;
    }

    public BigDecimal getImp() {
        return imp;
    }

    public void setImp(BigDecimal imp) {
        this.imp = imp;
    }
}
