package fr.pacte.lettre;

import fr.pacte.commun.FormatDate;

import fr.pacte.lettre.infrastructure.SqlSuiviLettres;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * Every morning: when a campaign's date_limite_lettres is {@link SuiviLettresService#JOURS_AVANT_ECHEANCE} days away,
 * reminds the chefs with letters to sign and the agents with letters to accept, in the whole académie.
 */
@Singleton
@RunAs("RECTORAT")
public class RappelEcheanceLettres {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SqlSuiviLettres lectures;

    @Inject
    private Relances relances;

    @Schedule(hour = "6", minute = "15", persistent = false)
    void chaqueMatin() {
        rappeler(LocalDate.now(FormatDate.PARIS));
    }

    /** @return the number of campaigns whose reminder went out on this day */
    int rappeler(LocalDate aujourdhui) {
        int campagnes = 0;
        for (Campagne c : referentiel.campagnes()) {
            LocalDate limite = c.dateLimiteLettres();
            if (c.statut() != Campagne.Statut.CLOSE && limite != null
                    && aujourdhui.plusDays(SuiviLettresService.JOURS_AVANT_ECHEANCE).equals(limite)) {
                relances.relancer(c.anneeScolaire(), limite, lectures.lettres(c.anneeScolaire(), "", ""), "ECHEANCE_PROCHE");
                campagnes++;
            }
        }
        return campagnes;
    }
}
