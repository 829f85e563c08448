package fr.pacte.web;

import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.LecteurTableau;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * What every import page shares: the file sent, the checks made before the facade reads it (a file, .csv or .xlsx,
 * 20 Mo at most — the facade's reader says the same) and the report it answers, shown line by line.
 */
public abstract class ImportEcran implements Serializable {

    // the uploaded bytes are only needed during the request that imports them
    private transient UploadedFile fichier;
    private RapportImport rapport;

    /**
     * @return the file's name when it may be given to the facade, or null once the user has been told why not
     */
    protected String nomAcceptable() {
        if (fichier == null || fichier.getSize() == 0) {
            Messages.erreur("Aucun fichier", "Choisissez un fichier CSV ou XLSX à importer.");
            return null;
        }
        String nom = fichier.getFileName() == null ? "" : fichier.getFileName();
        String minuscule = nom.toLowerCase(Locale.ROOT);
        if (!minuscule.endsWith(".csv") && !minuscule.endsWith(".xlsx")) {
            Messages.erreur("Format refusé", "Seuls les fichiers .csv et .xlsx sont acceptés.");
            return null;
        }
        if (fichier.getSize() > LecteurTableau.TAILLE_MAX) {
            Messages.erreur("Fichier trop volumineux", "La taille maximale est de 20 Mo.");
            return null;
        }
        return nom;
    }

    /** The bytes of the file sent, which the page forgets once given to the facade. */
    protected byte[] contenuLu() {
        byte[] contenu = fichier.getContent();
        fichier = null;
        return contenu;
    }

    /** The file sent as a stream (the upload's own storage), which the page forgets once given to the facade. */
    protected InputStream contenuEnFlux() {
        try {
            InputStream flux = fichier.getInputStream();
            fichier = null;
            return flux;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void setRapport(RapportImport rapport) {
        this.rapport = rapport;
    }

    public UploadedFile getFichier() {
        return fichier;
    }

    public void setFichier(UploadedFile fichier) {
        this.fichier = fichier;
    }

    public RapportImport getRapport() {
        return rapport;
    }

    public List<ErreurImport> getErreurs() {
        return rapport == null ? List.of() : rapport.erreurs();
    }
}
