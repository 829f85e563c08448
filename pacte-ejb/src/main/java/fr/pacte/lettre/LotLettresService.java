package fr.pacte.lettre;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Facade for the lettres de mission in bulk: one ZIP of the letters of an établissement, of a département or of the
 * académie, produced in the background; the caller follows its progress and downloads it when done.
 */
public interface LotLettresService {

    /**
     * Starts a ZIP of the current letters of the campaign within the caller's scope: {@code uai} null means every
     * établissement he sees (a chef: his own, a DASEN: his département, the rectorat: the académie).
     */
    LotVue lancer(String anneeScolaire, String uai);

    /** @throws LettreIntrouvableException if unknown or started by someone else */
    LotVue lot(long id);

    /**
     * Writes the finished ZIP (stored in PostgreSQL: any node serves it).
     *
     * @throws LettreIntrouvableException if unknown, someone else's or not finished
     */
    void ecrireArchive(long id, OutputStream sortie) throws IOException;
}
