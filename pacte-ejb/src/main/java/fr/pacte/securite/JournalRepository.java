package fr.pacte.securite;

import java.util.List;

/** Storage of the audit trail: append and search, nothing else (the table refuses updates and deletes). */
public interface JournalRepository {

    /** One entry per event, in one JDBC batch; {@code json} turns an event's before/after values into JSON text. */
    void ajouter(String auteur, Role role, List<Evenement> evenements, java.util.function.Function<Object, String> json);

    /** @param departement the scope imposed by the caller's role (null: the whole académie) */
    List<EntreeJournal> rechercher(FiltreJournal filtre, String departement, int debut, int taille);

    long compter(FiltreJournal filtre, String departement);
}
