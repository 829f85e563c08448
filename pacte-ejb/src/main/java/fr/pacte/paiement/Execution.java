package fr.pacte.paiement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A closed month with the files sent to payroll, kept as produced: a closed month never changes. */
@Entity
@Table(schema = "paiement", name = "execution")
public class Execution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "annee_scolaire")
    private String anneeScolaire;

    private LocalDate mois;

    @Column(name = "executee_le")
    private OffsetDateTime executeeLe;

    @Column(name = "executee_par")
    private String executeePar;

    private int lignes;

    @Column(name = "montant_total", precision = 14, scale = 2)
    private BigDecimal montantTotal;

    @Column(name = "fichier_csv")
    private byte[] fichierCsv;

    @Column(name = "fichier_xlsx")
    private byte[] fichierXlsx;

    @Column(name = "synthese_pdf")
    private byte[] synthesePdf;

    @Column(name = "fichiers_etat")
    @Enumerated(EnumType.STRING)
    private EtatFichiers fichiersEtat;

    @Column(name = "fichiers_progression")
    private short fichiersProgression;

    protected Execution() {
    }

    Execution(String annee, YearMonth mois, String auteur, OffsetDateTime quand) {
        this.anneeScolaire = annee;
        this.mois = mois.atDay(1);
        this.executeePar = auteur;
        this.executeeLe = quand;
        this.montantTotal = BigDecimal.ZERO;
        this.fichierCsv = new byte[0];
        this.fichierXlsx = new byte[0];
        this.synthesePdf = new byte[0];
        this.fichiersEtat = EtatFichiers.EN_COURS;
    }

    /** What the run sent: its lines were inserted by PostgreSQL; the files follow after the commit. */
    void envoyee(int nombreLignes, BigDecimal total) {
        this.lignes = nombreLignes;
        this.montantTotal = total;
    }

    void fichiers(byte[] csv, byte[] xlsx, byte[] pdf) {
        this.fichierCsv = csv;
        this.fichierXlsx = xlsx;
        this.synthesePdf = pdf;
        this.fichiersEtat = EtatFichiers.PRETS;
        this.fichiersProgression = 100;
    }

    public ExecutionVue vue() {
        return new ExecutionVue(id, anneeScolaire, YearMonth.from(mois), executeeLe, executeePar, lignes, montantTotal,
                fichiersEtat, fichiersProgression);
    }

    public EtatFichiers etatFichiers() {
        return fichiersEtat;
    }

    public byte[] fichier(FormatFichier format) {
        if (fichiersEtat != EtatFichiers.PRETS) {
            throw new FichiersEnPreparationException(vue());
        }
        return switch (format) {
            case CSV -> fichierCsv.clone();
            case XLSX -> fichierXlsx.clone();
            case PDF -> synthesePdf.clone();
        };
    }

    public Long getId() {
        return id;
    }
}
