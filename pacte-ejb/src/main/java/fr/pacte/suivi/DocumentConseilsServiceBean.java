package fr.pacte.suivi;

import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.attribution.ResteEnveloppe;

import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.commun.Page;
import fr.pacte.rapport.RapportsPacte;
import fr.pacte.rapport.RepartitionConseils;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads through {@link SuiviService} and the attributions' facade (same scope and refusals as the répartition page), then renders. */
@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF})
public class DocumentConseilsServiceBean implements DocumentConseilsService {

    private static final RapportsPacte RAPPORTS = new RapportsPacte();

    @Inject
    private SuiviService suivi;

    @Inject
    private ConsultationAttributionsService attributions;

    @Inject
    private ReferentielService referentiel;

    @Override
    public byte[] pdf(String annee, String uai) {
        ResteEnveloppe reste = attributions.reste(annee, uai);
        DatesConseils dates = suivi.conseils(annee, uai);
        List<PersonnelVolontaire> volontaires = suivi.personnels(annee, uai, true, 0, Page.TAILLE_MAX).elements();
        Set<String> ids = volontaires.stream().map(PersonnelVolontaire::identifiant).collect(Collectors.toSet());
        List<RepartitionConseils.Ligne> missions = suivi.suivi(annee, uai).stream().filter(l -> !l.annulee())
                .map(l -> new RepartitionConseils.Ligne(nom(l.nom(), l.prenom()), l.libelleMission(), l.dispositif(),
                        quotite(l), l.enHeures() ? l.heuresPrevues() : null, ids.contains(l.identifiant())))
                .toList();
        Etablissement e = referentiel.etablissement(uai);
        return RAPPORTS.repartitionConseilsPdf(new RepartitionConseils(uai, e.denomination(), annee,
                dates.conseilPedagogique(), dates.conseilAdministration(), missions,
                volontaires.stream().map(p -> nom(p.nom(), p.prenom())).toList(),
                reste.parts(), reste.partsAttribuees(), reste.imp(), reste.impAttribues()));
    }

    private static String nom(String nom, String prenom) {
        return (nom == null ? "" : nom.toUpperCase(java.util.Locale.FRANCE)) + (prenom == null ? "" : " " + prenom);
    }

    /** « 1 part(s) » for the Pacte, « 0,5 IMP (taux 002) » for an IMP. */
    static String quotite(LigneSuivi l) {
        if (Dispositif.IMP.est(l.dispositif())) {
            return texte(l.unitesImp()) + " IMP" + (l.tauxImp() == null ? "" : " (taux " + l.tauxImp() + ")");
        }
        return texte(l.parts()) + " part(s)";
    }

    private static String texte(BigDecimal v) {
        return v == null ? "?" : Quantite.texte(v);
    }
}
