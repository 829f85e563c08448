package fr.pacte.web.acces;

import fr.pacte.securite.CompteRefuseException;
import fr.pacte.securite.CompteVue;
import fr.pacte.securite.GestionComptesService;
import fr.pacte.securite.MotDePasseUnique;
import fr.pacte.securite.NouveauCompte;
import fr.pacte.securite.Role;
import fr.pacte.web.Messages;
import fr.pacte.web.ModelePagine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rectorat's accounts page: search, create an account with its scope, deactivate or reactivate, give a new
 * one-time password, create the chef accounts of a département. Every one-time password is shown once, here.
 */
@Named
@ViewScoped
public class GererComptesView implements Serializable {

    @Inject
    private GestionComptesService comptes;

    private String texte;
    private final ModelePagine<CompteVue> modele = new ModelePagine<>(
            (tri, asc, page, taille) -> comptes.rechercher(texte, page, taille), CompteVue::login);

    private String login;
    private Role role = Role.CHEF_ETABLISSEMENT;
    private String perimetre;
    private String nomAffiche;
    private String courriel;
    private String departementChefs;
    private List<MotDePasseUnique> motsDePasse = List.of();

    public void creer() {
        NouveauCompte n = new NouveauCompte(login, role, role == Role.DASEN ? perimetre : null,
                role == Role.IEN ? perimetre : null, role == Role.CHEF_ETABLISSEMENT ? perimetre : null,
                role == Role.PERSONNEL ? perimetre : null, nomAffiche, courriel);
        if (executer("Compte créé", () -> List.of(comptes.creer(n)))) {
            login = null;
            perimetre = null;
            nomAffiche = null;
            courriel = null;
        }
    }

    public void basculer(CompteVue c) {
        executer(c.actif() ? "Compte désactivé" : "Compte réactivé", () -> {
            comptes.activer(c.login(), !c.actif());
            return List.of();
        });
    }

    public void reinitialiser(CompteVue c) {
        executer("Nouveau mot de passe provisoire", () -> List.of(comptes.reinitialiser(c.login())));
    }

    public void creerChefs() {
        executer("Comptes des chefs d'établissement", () -> comptes.creerComptesDesChefs(
                departementChefs == null || departementChefs.isBlank() ? null : departementChefs.strip()));
    }

    private boolean executer(String resume, Supplier<List<MotDePasseUnique>> action) {
        try {
            motsDePasse = action.get();
            Messages.info(resume, motsDePasse.isEmpty() ? "Fait." : motsDePasse.size()
                    + " mot(s) de passe provisoire(s) ci-dessous, affiché(s) cette seule fois.");
            return true;
        } catch (CompteRefuseException e) {
            Messages.erreur("Refusé", e.champ() + " : " + e.getMessage());
            return false;
        }
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public ModelePagine<CompteVue> getModele() {
        return modele;
    }

    public List<MotDePasseUnique> getMotsDePasse() {
        return motsDePasse;
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPerimetre() {
        return perimetre;
    }

    public void setPerimetre(String perimetre) {
        this.perimetre = perimetre;
    }

    public String getNomAffiche() {
        return nomAffiche;
    }

    public void setNomAffiche(String nomAffiche) {
        this.nomAffiche = nomAffiche;
    }

    public String getCourriel() {
        return courriel;
    }

    public void setCourriel(String courriel) {
        this.courriel = courriel;
    }

    public String getDepartementChefs() {
        return departementChefs;
    }

    public void setDepartementChefs(String departementChefs) {
        this.departementChefs = departementChefs;
    }
}
