package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import fr.pacte.dotation.formule.Disponible;
import fr.pacte.dotation.formule.EtablissementADoter;
import fr.pacte.dotation.formule.Formule;
import fr.pacte.dotation.formule.MoteurFormule;
import fr.pacte.dotation.formule.Proposition;
import fr.pacte.dotation.formule.Quanta;
import fr.pacte.dotation.formule.Simulation;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class RepartitionServiceBean implements RepartitionService {

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private DotationService dotations;

    @Inject
    private LecturesDotation lectures;

    @Inject
    private EcritureEnveloppes ecriture;

    @Override
    public Simulation simuler(String annee, Formule formule) {
        Campagne c = referentiel.campagne(annee);
        List<LigneDotation> lignes = lectures.toutes(annee, c.anneePrecedente(), Voie.desLpo(c), FiltreDotations.tous(),
                securite.utilisateurCourant());
        // IMP already converted into décharge stay counted in the IMP allocation: the formula replaces the rest only
        BigDecimal convertis = lignes.stream().map(LigneDotation::dechargeHeures).reduce(BigDecimal.ZERO, BigDecimal::add);
        Quanta quanta = c.demiPartsAutorisees() ? Quanta.DEMI_PARTS : Quanta.PARTS_ENTIERES;
        return MoteurFormule.simuler(lignes.stream().map(RepartitionServiceBean::aDoter).toList(),
                disponible(annee, convertis), quanta, formule);
    }

    @Override
    public int appliquer(String annee, Formule formule, String motif) {
        Campagne c = referentiel.campagne(annee);
        Map<String, BigDecimal[]> valeurs = new LinkedHashMap<>();
        for (Proposition p : simuler(annee, formule).propositions()) {
            valeurs.put(p.uai(), new BigDecimal[]{p.parts(), p.imp()});
        }
        return ecriture.appliquer(c, valeurs, null, securite.utilisateurCourant().login(),
                motif == null || motif.isBlank() ? "Application de la formule de répartition" : motif);
    }

    @Override
    public int appliquerEnMasse(String annee, FiltreDotations filtre, OperationMasse operation, String motif) {
        Campagne c = referentiel.campagne(annee);
        Map<String, BigDecimal[]> valeurs = new LinkedHashMap<>();
        for (LigneDotation l : lectures.toutes(annee, c.anneePrecedente(), Voie.desLpo(c), filtre, securite.utilisateurCourant())) {
            valeurs.put(l.uai(), operation.appliquer(l));
        }
        return ecriture.appliquer(c, valeurs, null, securite.utilisateurCourant().login(),
                motif == null || motif.isBlank() ? operation.type().libelle() + " " + operation.valeur() : motif);
    }

    /** What a formula may distribute: the allocation less the département reserves (envelopes are replaced). */
    private Disponible disponible(String annee, BigDecimal impConvertis) {
        Map<LigneAllocation, BigDecimal> alloue = new EnumMap<>(LigneAllocation.class);
        dotations.allocation(annee).forEach(e -> alloue.put(e.ligne(), e.alloue()));
        Map<Voie, BigDecimal> parts = new EnumMap<>(Voie.class);
        BigDecimal imp = alloue.get(LigneAllocation.IMP).subtract(impConvertis);
        for (Voie v : Voie.DES_ENVELOPPES) {
            parts.put(v, alloue.get(LigneAllocation.de(v)));
        }
        for (ReserveDepartement r : dotations.reserves(annee)) {
            parts.merge(Voie.PREMIER_DEGRE, r.partsPremierDegre().negate(), BigDecimal::add);
            parts.merge(Voie.SECOND_DEGRE, r.partsSecondDegre().negate(), BigDecimal::add);
            parts.merge(Voie.VOIE_PRO, r.partsVoiePro().negate(), BigDecimal::add);
            imp = imp.subtract(r.imp());
        }
        parts.replaceAll((v, p) -> p.max(BigDecimal.ZERO));
        return new Disponible(parts, imp.max(BigDecimal.ZERO));
    }

    private static EtablissementADoter aDoter(LigneDotation l) {
        return new EtablissementADoter(l.uai(), l.departement(), Nature.valueOf(l.nature()),
                EducationPrioritaire.depuisCode(l.educationPrioritaire()).orElse(EducationPrioritaire.HORS_EP),
                l.voie(), l.personnels(), l.partsN1(), l.impN1(), l.partsConsommeesN1(), l.impConsommesN1());
    }

}
