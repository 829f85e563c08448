package fr.pacte.commun.tableur;

import fr.pacte.commun.Refus;

import java.util.List;

/** The file cannot be read as a table at all (format, encoding, header, size): nothing is imported. */
public class ImportRefuseException extends Refus {

    private static final long serialVersionUID = 1L;
    private static final int ERREURS_DANS_LE_MESSAGE = 5;

    private final List<ErreurImport> erreurs;

    public ImportRefuseException(List<ErreurImport> erreurs) {
        super(Motif.REGLE, null, resume(erreurs));
        this.erreurs = List.copyOf(erreurs);
    }

    public ImportRefuseException(ErreurImport erreur) {
        this(List.of(erreur));
    }

    @Override
    public List<ErreurImport> erreurs() {
        return erreurs;
    }

    private static String resume(List<ErreurImport> erreurs) {
        StringBuilder sb = new StringBuilder("Fichier refusé");
        erreurs.stream().limit(ERREURS_DANS_LE_MESSAGE).forEach(e -> sb.append(" ; ").append(e.enClair()));
        if (erreurs.size() > ERREURS_DANS_LE_MESSAGE) {
            sb.append(" ; et ").append(erreurs.size() - ERREURS_DANS_LE_MESSAGE).append(" autre(s) erreur(s)");
        }
        return sb.toString();
    }
}
