package fr.pacte.attribution;

import fr.pacte.attribution.infrastructure.SqlPartsParPersonne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class SimulationPlafondServiceBean implements SimulationPlafondService {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SqlPartsParPersonne parts;

    @Override
    public SimulationPlafond.Resultat simuler(String annee, int plafondEnvisage) {
        int actuel = referentiel.campagne(annee).plafondPartsAutres();
        return SimulationPlafond.simuler(parts.parts(annee), actuel, plafondEnvisage);
    }
}
