package fr.pacte.lettre;

import java.util.List;

public interface LettreRepository {

    /** The current version, locked for update, or null if none was written yet. */
    LettreDeMission courante(String anneeScolaire, String uai, String identifiant);

    List<LettreDeMission> versions(String anneeScolaire, String uai, String identifiant);

    LettreDeMission version(String anneeScolaire, String uai, String identifiant, int numero);

    void ajouter(LettreDeMission lettre);
}
