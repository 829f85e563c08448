package fr.pacte.web.attribution;

import fr.pacte.commun.ConflitException;
import fr.pacte.attribution.AttributionRefuseeException;
import fr.pacte.attribution.ErreurAttribution;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.web.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

import java.util.List;

/**
 * Runs one call to the mission services from a page; a refusal shows every broken rule with the services' own
 * sentence (the same as the API and the import give), in the growl and in the page's list of refusals.
 */
final class ActionsMission {

    @FunctionalInterface
    interface Action {
        void executer();
    }

    private ActionsMission() {
    }

    /** @param refus filled with the rules broken by this call (emptied first) */
    static boolean executer(String echec, List<String> refus, Action action) {
        refus.clear();
        try {
            action.executer();
            return true;
        } catch (AttributionRefuseeException e) {
            for (ErreurAttribution r : e.erreurs()) {
                refus.add(r.regle());
                Messages.erreur(echec, r.regle());
            }
        } catch (ConflitException | AccesRefuseException e) {
            refus.add(e.getMessage());
            Messages.erreur(echec, e.getMessage());
        } catch (EJBAccessException e) {
            refus.add("Votre profil ne permet pas cette action.");
            Messages.erreur(echec, refus.get(0));
        } catch (EJBException e) {
            refus.add("L'attribution a pu être modifiée entre-temps : rechargez la page et recommencez.");
            Messages.erreur(echec, refus.get(0));
        }
        return false;
    }

}
