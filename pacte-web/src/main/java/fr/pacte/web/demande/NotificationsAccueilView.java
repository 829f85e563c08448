package fr.pacte.web.demande;

import fr.pacte.demande.DemandeService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The home page's notifications block: for a chef his decisions and what the modules announce (envelopes, letters,
 * reminders), for a DASEN his new requests, for an agent his letters (on mes-lettres.xhtml).
 */
@Named
@ViewScoped
public class NotificationsAccueilView implements Serializable {

    private static final int AFFICHEES = 5;

    /** One message as the block shows it. */
    public record Message(String texte, OffsetDateTime date, boolean lue) implements Serializable {
    }

    @Inject
    private DemandeService demandes;

    @Inject
    private SecuriteService securite;

    private Role role;
    private long nonLues;
    private List<Message> dernieres = List.of();

    @PostConstruct
    void charger() {
        role = securite.utilisateurCourant().role();
        if (isVisible()) {
            nonLues = demandes.nombreNotificationsNonLues();
            dernieres = demandes.notifications().stream().limit(AFFICHEES)
                    .map(n -> new Message(n.message(), n.creeeLe(), n.lue())).toList();
        }
    }

    public boolean isVisible() {
        return role == Role.DASEN || role == Role.CHEF_ETABLISSEMENT || role == Role.PERSONNEL;
    }

    /** Where the requests are handled: the chef's requests or the DASEN's inbox. */
    public String getPageDemandes() {
        return role == Role.DASEN ? "/instruction.xhtml" : role == Role.PERSONNEL ? "/mes-lettres.xhtml" : "/demandes.xhtml";
    }

    public String getLibelleLien() {
        return role == Role.DASEN ? "Instruire les demandes" : role == Role.PERSONNEL ? "Voir mes lettres" : "Voir mes demandes";
    }

    public long getNonLues() {
        return nonLues;
    }

    public List<Message> getDernieres() {
        return dernieres;
    }
}
