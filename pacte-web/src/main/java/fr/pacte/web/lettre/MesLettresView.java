package fr.pacte.web.lettre;

import fr.pacte.attribution.AttributionVue;
import fr.pacte.lettre.LettreRefuseeException;
import fr.pacte.lettre.LettreService;
import fr.pacte.lettre.LettreVue;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;

/** The agent's own page: his letters (read, download, accept once signed) and his missions. */
@Named
@ViewScoped
public class MesLettresView implements Serializable {

    @Inject
    private LettreService lettres;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private List<LettreVue> liste = List.of();
    private List<AttributionVue> missions = List.of();

    @PostConstruct
    void initialiser() {
        autorise = securite.utilisateurCourant().role() == Role.PERSONNEL;
        if (autorise) {
            charger();
        }
    }

    private void charger() {
        liste = lettres.mesLettres();
        missions = lettres.mesMissions();
    }

    public void accepter(LettreVue l) {
        try {
            lettres.accepter(l.anneeScolaire(), l.uai(), l.identifiant());
            Messages.info("Lettre acceptée", "Votre acceptation est enregistrée ; le chef d'établissement la voit.");
        } catch (LettreRefuseeException e) {
            Messages.erreur("Acceptation impossible", e.getMessage());
        }
        charger();
    }

    public StreamedContent telecharger(LettreVue l) {
        return TelechargementLettre.pdf(lettres, l);
    }

    public boolean isAutorise() {
        return autorise;
    }

    public List<LettreVue> getListe() {
        return liste;
    }

    public List<AttributionVue> getMissions() {
        return missions;
    }
}
