package fr.pacte.securite;

import java.util.List;

/** Storage of the audit trail: append and search, nothing else (the table refuses updates and deletes). */
public interface JournalRepository {

    void ajouter(String auteur, Role role, Evenement e, String avantJson, String apresJson);

    /** @param departement the scope imposed by the caller's role (null: the whole académie) */
    List<EntreeJournal> rechercher(FiltreJournal filtre, String departement, int debut, int taille);

    long compter(FiltreJournal filtre, String departement);
}
