package fr.pacte.securite;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of an account, written once for the single creation, the re-scoping and the import of a file: login
 * (format, free), role and the one scope it needs (present, of the right kind, known), texts within their columns.
 * Each rule throws {@link CompteRefuseException} naming its field; thrown and caught inside the bean, it marks no
 * transaction for rollback, so the import gathers the refusals of every line.
 */
@Dependent
class ReglesCompte {

    static final int NOM_MAX = 120;
    static final int COURRIEL_MAX = 200;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    /** Each role with a scope: its field. */
    private static final Map<Role, String> PERIMETRES = Map.of(Role.DASEN, "departement", Role.IEN, "circonscription",
            Role.CHEF_ETABLISSEMENT, "uai", Role.PERSONNEL, "identifiant");

    @Inject
    private CompteRepository comptes;

    /** @return the login in lower case, without surrounding spaces */
    static String login(String brut) {
        String login = brut == null ? "" : brut.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw new CompteRefuseException("login", "identifiant « " + (brut == null ? "" : brut) + " » invalide : 3 à 60"
                    + " minuscules, chiffres, points, tirets");
        }
        return login;
    }

    /** The role's field of scope ("uai" for a chef…), null for a role without scope (RECTORAT, ANALYSTE). */
    static String champPerimetre(Role role) {
        return PERIMETRES.get(role);
    }

    /** The role is given, and so is the one scope it needs and no other (a role without scope has none). */
    static void formePerimetre(NouveauCompte c) {
        if (c.role() == null) {
            throw new CompteRefuseException("role", "rôle obligatoire");
        }
        String champ = champPerimetre(c.role());
        String valeur = valeur(c, champ);
        long renseignes = Stream.of(c.departement(), c.circonscription(), c.uai(), c.identifiant())
                .filter(v -> v != null && !v.isBlank()).count();
        if (champ == null ? renseignes > 0 : renseignes != 1 || valeur == null || valeur.isBlank()) {
            throw new CompteRefuseException(champ == null ? "role" : champ, champ == null
                    ? "le rôle " + c.role() + " n'a pas de périmètre : ni département, ni circonscription, ni UAI, ni identifiant"
                    : "le rôle " + c.role() + " demande un " + champ + ", et lui seul");
        }
    }

    /** The display name and the e-mail fit their columns. */
    static void textes(NouveauCompte c) {
        if (c.nomAffiche() != null && c.nomAffiche().strip().length() > NOM_MAX) {
            throw new CompteRefuseException("nomAffiche", "nom affiché trop long : " + c.nomAffiche().strip().length()
                    + " caractères pour " + NOM_MAX + " au plus");
        }
        if (c.courriel() != null && c.courriel().length() > COURRIEL_MAX) {
            throw new CompteRefuseException("courriel", "courriel trop long : " + c.courriel().length() + " caractères pour "
                    + COURRIEL_MAX + " au plus");
        }
    }

    void libre(String login) {
        if (comptes.existe(login)) {
            throw new CompteRefuseException("login", "le compte " + login + " existe déjà");
        }
    }

    /**
     * The scope's form, then its value: it exists, and a personnel has one account at most.
     *
     * @param login the account being re-scoped (its own identifiant is not "taken"), null for a new account
     */
    void perimetre(NouveauCompte c, String login) {
        formePerimetre(c);
        String champ = PERIMETRES.get(c.role());
        if (champ == null) {
            return;
        }
        String valeur = valeur(c, champ);
        if (!comptes.perimetreExiste(c.role(), valeur)) {
            throw new CompteRefuseException(champ, champ + " inconnu : " + valeur);
        }
        if (c.role() == Role.PERSONNEL) {
            String titulaire = comptes.titulaire(valeur, login);
            if (titulaire != null) {
                throw new CompteRefuseException("identifiant", "le personnel " + valeur + " a déjà un compte : " + titulaire);
            }
        }
    }

    /** The name shown for the account: the one given, or its login. */
    static String nom(String login, NouveauCompte c) {
        return c.nomAffiche() == null || c.nomAffiche().isBlank() ? login : c.nomAffiche().strip();
    }

    private static String valeur(NouveauCompte c, String champ) {
        return champ == null ? null : switch (champ) {
            case "departement" -> c.departement();
            case "circonscription" -> c.circonscription();
            case "uai" -> c.uai();
            default -> c.identifiant();
        };
    }
}
