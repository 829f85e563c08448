package fr.pacte.entrepot.exploration;

import fr.pacte.entrepot.CampagneNonChargeeException;
import fr.pacte.entrepot.ChargementRepository;
import fr.pacte.entrepot.EntrepotService;
import fr.pacte.entrepot.PublicationRapports;
import fr.pacte.entrepot.StatistiquesRepository;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
@RolesAllowed({Role.R_ANALYSTE, Role.R_RECTORAT})
public class ExplorationServiceBean implements ExplorationService {

    @Inject
    private ExplorationRepository exploration;

    @Inject
    private StatistiquesRepository statistiques;

    @Inject
    private ChargementRepository chargements;

    @Inject
    private EntrepotService entrepot;

    @Inject
    private PublicationRapports rapport;

    @Inject
    private SecuriteService securite;

    @Override
    public Pivot pivot(Question question) {
        if (!statistiques.campagnesChargees().contains(question.annee())) {
            throw new CampagneNonChargeeException("La campagne " + question.annee()
                    + " n'est pas chargée dans l'entrepôt.");
        }
        int seuil = entrepot.seuil();
        fr.pacte.entrepot.MasquesDuRapport masques = rapport.masques(question.annee(), question.population(), seuil);
        return exploration.croiser(question).publier(seuil, masques::imposee);
    }

    @Override
    public void journaliserExport(Pivot pivot, String format, long dureeMs) {
        Question q = pivot.question();
        String filtres = "exploration : " + q.mesure().name() + " selon " + q.lignes().name() + " × "
                + q.colonnes().name() + " ; population : " + q.population().name();
        chargements.journaliserEdition(q.annee(), filtres, pivot.seuil(), format,
                securite.utilisateurCourant().login(), dureeMs);
    }
}
