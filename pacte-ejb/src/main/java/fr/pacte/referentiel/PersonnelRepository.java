package fr.pacte.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.Collection;
import java.util.Map;

public interface PersonnelRepository {

    Page<Personnel> rechercher(FiltrePersonnels filtre, Utilisateur perimetre, int page, int taille);

    Map<String, Personnel> parIdentifiant(Collection<String> identifiants);

    /** The agent, or null. */
    Personnel trouver(String identifiant);

    void ajouter(Personnel personnel);
}
