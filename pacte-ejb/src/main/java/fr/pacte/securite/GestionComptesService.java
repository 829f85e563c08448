package fr.pacte.securite;

import fr.pacte.commun.Page;

import java.util.List;

/**
 * The rectorat's accounts (issue 16, point 3): create with a one-time password, re-scope, deactivate and reactivate,
 * give a new one-time password, create at once the chef accounts of every établissement that has none, or the
 * accounts of a file.
 */
public interface GestionComptesService {

    Page<CompteVue> rechercher(String texte, int page, int taille);

    /** @throws CompteRefuseException naming the field: login taken or malformed, scope missing or unknown */
    MotDePasseUnique creer(NouveauCompte compte);

    /** New role and scope (and name, e-mail); the login stays. */
    CompteVue modifier(String login, NouveauCompte compte);

    /** A deactivated account is refused at its next request, whatever session it holds. */
    CompteVue activer(String login, boolean actif);

    /** A new one-time password, to give to a user who lost his. */
    MotDePasseUnique reinitialiser(String login);

    /**
     * {@code chef.<uai>} for every établissement without a chef account (of one département, or all when null), each
     * with a one-time password.
     */
    List<MotDePasseUnique> creerComptesDesChefs(String departement);

    /**
     * The accounts of a file ({@link ImportComptes#COLONNES}, CSV or XLSX), all or nothing: each line is judged by the
     * rules of {@link #creer}, and a login already taken refuses its line (no account is updated by a file). An
     * accepted file gives every account a one-time password, returned here only; a refused one creates nothing and
     * names each line, column and rule.
     */
    ImportComptes importer(String nomFichier, byte[] contenu);
}
