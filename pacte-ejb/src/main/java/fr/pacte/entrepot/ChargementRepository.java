package fr.pacte.entrepot;

import java.util.List;
import java.util.Optional;

/** Loads asked by analysts and reports produced (the batch job's own repository is JBeret's). */
public interface ChargementRepository {

    long creer(String annees, String login);

    void lancer(long id, long executionId);

    Optional<Chargement> trouver(long id);

    List<Chargement> derniers(int nombre);

    void journaliserEdition(String annee, String filtres, int seuil, String format, String login, long dureeMs);

    List<Edition> editions(int nombre);
}
