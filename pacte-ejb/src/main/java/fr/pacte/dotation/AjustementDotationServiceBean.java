package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

@Stateless
@RolesAllowed({Role.R_DASEN, Role.R_IEN, Role.R_RECTORAT, Role.R_CHEF})
public class AjustementDotationServiceBean implements AjustementDotationService {

    @Inject
    private DotationRepository depot;

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private LecturesDotation lectures;

    @Inject
    private EcritureEnveloppes ecriture;

    @Inject
    private JournalService journal;

    @Override
    @RolesAllowed({Role.R_DASEN, Role.R_IEN})
    public LigneDotation accorderSupplement(String annee, String uai, boolean parts, BigDecimal quantite, String motif) {
        Campagne c = referentiel.campagne(annee);
        String departement = verifierInstructeur(c, uai);
        BigDecimal quantum = parts ? Quantites.quantumParts(c.demiPartsAutorisees()) : Quantites.QUART_IMP;
        String erreur = Quantites.erreur(quantite, quantum, parts ? "Parts accordées" : "IMP accordés", Quantite.Borne.ENVELOPPE);
        if (erreur != null) {
            throw new RegleDotationException("quantite", erreur);
        }
        ecriture.verrouiller(annee);
        Reserve reserve = reserve(annee, departement);
        Enveloppe e = ecriture.enveloppe(c, uai);
        revision(motif);
        ReserveDepartement reserveAvant = reserve.vue();
        Object enveloppeAvant = e.journal();
        // the reserve gives first, so the allocation's check never sees both amounts at once
        reserve.retirer(e.getVoie(), parts ? quantite : BigDecimal.ZERO, parts ? BigDecimal.ZERO : quantite);
        depot.ecrire();
        e.ajouter(parts ? quantite : BigDecimal.ZERO, parts ? BigDecimal.ZERO : quantite);
        depot.ecrire();
        journal.enregistrerTous(List.of(
                Evenement.academie("RESERVE_MODIFIEE", "RESERVE", annee + "/" + departement, annee, departement,
                        reserveAvant, reserve.vue(), motif),
                Evenement.etablissement("SUPPLEMENT_ACCORDE", "ENVELOPPE", annee + "/" + uai, annee, uai,
                        enveloppeAvant, e.journal(), motif)));
        return lectures.ligne(annee, c.anneePrecedente(), Voie.desLpo(c), uai);
    }

    @Override
    @RolesAllowed({Role.R_DASEN, Role.R_IEN})
    public LigneDotation convertirEnDecharge(String annee, String uai, BigDecimal unites, String motif) {
        Campagne c = referentiel.campagne(annee);
        verifierInstructeur(c, uai);
        String erreur = Quantites.erreur(unites, Quantites.QUART_IMP, "IMP convertis", Quantite.Borne.ENVELOPPE);
        if (erreur != null) {
            throw new RegleDotationException("quantite", erreur);
        }
        ecriture.verrouiller(annee);
        Enveloppe e = ecriture.enveloppe(c, uai);
        revision(motif);
        Object avant = e.journal();
        e.convertirEnDecharge(unites);
        depot.ecrire();
        journal.enregistrer(Evenement.etablissement("CONVERSION_DECHARGE", "ENVELOPPE", annee + "/" + uai, annee, uai,
                avant, e.journal(), motif));
        return lectures.ligne(annee, c.anneePrecedente(), Voie.desLpo(c), uai);
    }

    @Override
    @RolesAllowed({Role.R_CHEF, Role.R_RECTORAT})
    public LigneDotation verrouillerEnveloppe(String annee, String uai) {
        Campagne c = referentiel.campagne(annee);
        verifierPerimetre(c, uai);
        depot.verrouillerEnveloppe(annee, uai);
        return lectures.ligne(annee, c.anneePrecedente(), Voie.desLpo(c), uai);
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public EtatAllocation verrouillerAllocationImp(String annee) {
        referentiel.campagne(annee);
        Allocation imp = ecriture.verrouiller(annee).lignes().get(LigneAllocation.IMP);
        return imp == null ? new EtatAllocation(LigneAllocation.IMP, BigDecimal.ZERO, BigDecimal.ZERO) : imp.etat();
    }

    @Override
    public BigDecimal resteReserve(String annee, String uai, boolean parts) {
        Campagne c = referentiel.campagne(annee);
        LigneDotation l = lectures.ligne(annee, c.anneePrecedente(), Voie.desLpo(c), uai);
        if (l == null) {
            return BigDecimal.ZERO;
        }
        return depot.reserve(annee, l.departement()).map(r -> parts ? r.parts(l.voie()) : r.getImp()).orElse(BigDecimal.ZERO);
    }

    private String verifierPerimetre(Campagne c, String uai) {
        LigneDotation l = lectures.ligne(c.anneeScolaire(), c.anneePrecedente(), Voie.desLpo(c), uai);
        if (l == null) {
            throw new RegleDotationException("uai", "Établissement inconnu : " + uai);
        }
        Utilisateur u = securite.utilisateurCourant();
        if (!u.peutVoirEtablissement(uai, l.departement(), referentiel.circonscription(uai))) {
            throw new AccesRefuseException("L'établissement " + uai + " est hors de votre périmètre ("
                    + u.libellePerimetre() + ").");
        }
        return l.departement();
    }

    /** A grant from the département's reserve: by the IEN for his écoles, by the DASEN for the rest. */
    private String verifierInstructeur(Campagne c, String uai) {
        String departement = verifierPerimetre(c, uai);
        Utilisateur u = securite.utilisateurCourant();
        if (!u.instruitPour(departement, referentiel.circonscription(uai))) {
            throw new AccesRefuseException("L'établissement " + uai + " relève de l'IEN de sa circonscription : "
                    + "le DASEN n'y accorde rien.");
        }
        return departement;
    }

    private Reserve reserve(String annee, String departement) {
        return depot.reserveVerrouillee(annee, departement).orElseThrow(() -> new RegleDotationException("quantite", "Aucune réserve n'a été déléguée au département "
                        + departement + " pour " + annee + "."));
    }

    /** Not persisted here: Envers writes the revision with its author and reason at commit, in one statement. */
    private void revision(String motif) {
        depot.renseignerRevision(securite.utilisateurCourant().login(), motif);
    }
}
