package fr.pacte.web.demande;

import fr.pacte.demande.RegleDemandeException;
import fr.pacte.dotation.RegleDotationException;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.web.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

/**
 * Runs one call to the services from a page and turns what they refuse into a message of the growl: the services'
 * own French sentence for a rule, a plain one for the rest. Nothing is decided here.
 */
final class Actions {

    @FunctionalInterface
    interface Action {
        void executer();
    }

    private Actions() {
    }

    /** @return true if the call went through */
    static boolean executer(String echec, Action action) {
        try {
            action.executer();
            return true;
        } catch (RegleDemandeException | RegleDotationException | AccesRefuseException e) {
            Messages.erreur(echec, e.getMessage());
        } catch (EJBAccessException e) {
            Messages.erreur(echec, "Votre profil ne permet pas cette action.");
        } catch (EJBException e) {
            Messages.erreur(echec, "La demande a pu être modifiée entre-temps par quelqu'un d'autre : "
                    + "rechargez la page et recommencez.");
        }
        return false;
    }
}
