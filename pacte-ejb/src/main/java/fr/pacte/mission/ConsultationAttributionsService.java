package fr.pacte.mission;

import java.util.List;

/**
 * Read side of the attributions for the modules that build on them (paiement): their current state, cancelled ones
 * included, always within the caller's scope (a DASEN his département, a chef his UAI).
 */
public interface ConsultationAttributionsService {

    /** Every attribution of the campaign the caller may see, ordered by id. */
    List<AttributionVue> campagne(String annee);

    /** @throws fr.pacte.securite.AccesRefuseException if the établissement is outside the caller's scope */
    List<AttributionVue> etablissement(String annee, String uai);

    /** The personnel's attributions in the établissements the caller may see. */
    List<AttributionVue> personnel(String annee, String identifiant);

    /** @throws fr.pacte.securite.AccesRefuseException if unknown or outside the caller's scope */
    AttributionVue attribution(long id);
}
