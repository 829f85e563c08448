package fr.pacte.dotation;

import java.util.List;

/**
 * Facade of the rectorat's home page figures on envelopes: consumption per département and per nature, and the
 * envelopes under-consumed against the campaign's seuil_alerte_consommation (rectorat only).
 */
public interface PilotageConsommation {

    List<ConsommationGroupe> parDepartement(String annee);

    List<ConsommationGroupe> parNature(String annee);

    /** The under-consumed envelopes of the campaign, lowest rate first, with their N-1 consumption. */
    List<AlerteConsommation> alertes(String annee);
}
