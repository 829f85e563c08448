package fr.pacte.web.lettre;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;

/** An agent's account has no académie dashboard: its home is the page of its own letters. */
@Named
@RequestScoped
public class AccueilPersonnel {

    public void rediriger() throws IOException {
        ExternalContext contexte = FacesContext.getCurrentInstance().getExternalContext();
        if (contexte.isUserInRole("PERSONNEL")) {
            contexte.redirect(contexte.getRequestContextPath() + "/mes-lettres.xhtml");
        }
    }
}
