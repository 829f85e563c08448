package fr.pacte.web.acces;

import fr.pacte.securite.MotDePasseRefuseException;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;

/**
 * The user changes his password (the first, provisional one, or any time). After the change the session ends: the
 * next login takes the account's own role again.
 */
@Named
@ViewScoped
public class ChangerMotDePasseView implements Serializable {

    @Inject
    private SecuriteService securite;

    private String actuel;
    private String nouveau;
    private String confirmation;

    public void changer() throws IOException, ServletException {
        if (nouveau == null || !nouveau.equals(confirmation)) {
            Messages.erreur("Mot de passe non changé", "La confirmation ne reprend pas le nouveau mot de passe.");
            return;
        }
        try {
            securite.changerMotDePasse(actuel, nouveau);
        } catch (MotDePasseRefuseException e) {
            Messages.erreur("Mot de passe non changé", e.getMessage());
            return;
        }
        ExternalContext contexte = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) contexte.getRequest()).logout();
        contexte.invalidateSession();
        contexte.redirect(contexte.getRequestContextPath() + "/login.xhtml?mot-de-passe=change");
    }

    public boolean isProvisoire() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(MotDePasseProvisoire.ROLE);
    }

    public String getActuel() {
        return actuel;
    }

    public void setActuel(String actuel) {
        this.actuel = actuel;
    }

    public String getNouveau() {
        return nouveau;
    }

    public void setNouveau(String nouveau) {
        this.nouveau = nouveau;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
