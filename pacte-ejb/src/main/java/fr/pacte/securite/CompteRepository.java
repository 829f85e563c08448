package fr.pacte.securite;

import fr.pacte.commun.Page;

import java.util.List;
import java.util.Optional;

/** The accounts of {@code securite.compte}; the entity maps no password hash, so writes with one are SQL (infrastructure). */
public interface CompteRepository {

    /** The account, or null. */
    Compte trouver(String login);

    /** The bcrypt hash of an active account, or null. */
    String empreinteActive(String login);

    /** The e-mails of the active accounts of this role, within a département or an établissement when given. */
    List<String> courriels(Role role, String departement, String uai);

    /** The accounts whose login, name or UAI contains the text (lower case, % for all), by login. */
    Page<CompteVue> rechercher(String motif, int page, int taille);

    Optional<CompteVue> vue(String login);

    boolean existe(String login);

    /** Whether the scope a role names exists in the référentiel (a département, a circonscription, a UAI, an agent). */
    boolean perimetreExiste(Role role, String valeur);

    /** The login of another account of this agent, or null. */
    String titulaire(String identifiant, String saufLogin);

    /** A new account with a provisional password. */
    void inserer(String login, NouveauCompte c, String nom, String empreinte);

    void modifier(String login, NouveauCompte c, String nom);

    void activer(String login, boolean actif);

    /** A new password: provisional when given by the rectorat, the user's own otherwise. */
    void changerMotDePasse(String login, String empreinte, boolean provisoire);

    /** The établissements (of the département, or of the académie) without a chef account nor its usual login. */
    List<EtablissementSansChef> etablissementsSansChef(String departement);

    record EtablissementSansChef(String uai, String nature, String denomination) {
    }
}
