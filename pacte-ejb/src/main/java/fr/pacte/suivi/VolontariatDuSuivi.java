package fr.pacte.suivi;

import fr.pacte.attribution.Volontariat;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The volunteers the suivi recorded, as the attribution rule asks for them. */
@Dependent
class VolontariatDuSuivi implements Volontariat {

    @Inject
    private SuiviRepository suivi;

    @Override
    public boolean volontaire(String annee, String uai, String identifiant) {
        return uai != null && suivi.volontaires(annee, uai).contains(identifiant);
    }
}
