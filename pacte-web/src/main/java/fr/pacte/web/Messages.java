package fr.pacte.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Short-hands for the messages shown in the growl of the template. */
public final class Messages {

    private Messages() {
    }

    public static void info(String resume, String detail) {
        ajouter(FacesMessage.SEVERITY_INFO, resume, detail);
    }

    public static void erreur(String resume, String detail) {
        ajouter(FacesMessage.SEVERITY_ERROR, resume, detail);
    }

    private static void ajouter(FacesMessage.Severity gravite, String resume, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(gravite, resume, detail));
    }
}
