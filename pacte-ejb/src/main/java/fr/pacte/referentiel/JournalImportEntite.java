package fr.pacte.referentiel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Trace of one import, accepted or refused. */
@Entity(name = "JournalImport")
@Table(schema = "referentiel", name = "journal_import")
public class JournalImportEntite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nature;

    @Column(name = "nom_fichier")
    private String nomFichier;

    private String auteur;

    @Column(name = "date_import")
    private OffsetDateTime dateImport;

    private boolean accepte;

    private int crees;

    private int modifies;

    private int inchanges;

    private int erreurs;

    protected JournalImportEntite() {
    }

    public JournalImportEntite(String nature, String nomFichier, String auteur, boolean accepte, int crees, int modifies,
                              int inchanges, int erreurs) {
        this.nature = nature;
        this.nomFichier = nomFichier.length() > 255 ? nomFichier.substring(0, 255) : nomFichier;
        this.auteur = auteur;
        this.dateImport = OffsetDateTime.now();
        this.accepte = accepte;
        this.crees = crees;
        this.modifies = modifies;
        this.inchanges = inchanges;
        this.erreurs = erreurs;
    }

    public String getNature() {
        return nature;
    }

    public String getNomFichier() {
        return nomFichier;
    }

    public String getAuteur() {
        return auteur;
    }

    public OffsetDateTime getDateImport() {
        return dateImport;
    }

    public boolean isAccepte() {
        return accepte;
    }

    public int getCrees() {
        return crees;
    }

    public int getModifies() {
        return modifies;
    }

    public int getInchanges() {
        return inchanges;
    }

    public int getErreurs() {
        return erreurs;
    }

    public JournalImport vue() {
        return new JournalImport(nature, nomFichier, auteur, dateImport, accepte, crees, modifies, inchanges, erreurs);
    }
}
