package fr.pacte.dotation;

import fr.pacte.dotation.infrastructure.SqlPilotageConsommation;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class PilotageConsommationBean implements PilotageConsommation {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SqlPilotageConsommation lectures;

    @Override
    public List<ConsommationGroupe> parDepartement(String annee) {
        referentiel.campagne(annee);
        return lectures.consommation(annee, "departement_code");
    }

    @Override
    public List<ConsommationGroupe> parNature(String annee) {
        referentiel.campagne(annee);
        return lectures.consommation(annee, "nature");
    }

    @Override
    public List<AlerteConsommation> alertes(String annee) {
        Campagne c = referentiel.campagne(annee);
        return lectures.enveloppes(annee, c.anneePrecedente()).stream()
                .filter(a -> SeuilConsommation.sousConsommee(a.parts(), a.partsAttribuees(), a.imp(), a.impAttribues(),
                        c.seuilAlerteConsommation()))
                .sorted(Comparator.comparing((AlerteConsommation a) -> min(a)).thenComparing(AlerteConsommation::uai))
                .toList();
    }

    private static java.math.BigDecimal min(AlerteConsommation a) {
        java.math.BigDecimal p = a.tauxParts();
        java.math.BigDecimal i = a.tauxImp();
        return p == null ? i : i == null ? p : p.min(i);
    }
}
