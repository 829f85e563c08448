package fr.pacte.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.Collection;
import java.util.Map;

public interface PersonnelRepository {

    Page<PersonnelEntite> rechercher(FiltrePersonnels filtre, Utilisateur perimetre, int page, int taille);

    Map<String, PersonnelEntite> parIdentifiant(Collection<String> identifiants);

    /** The agent, or null. */
    PersonnelEntite trouver(String identifiant);

    void ajouter(PersonnelEntite personnel);
}
