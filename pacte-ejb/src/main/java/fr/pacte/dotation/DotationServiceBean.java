package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import fr.pacte.commun.ConflitException;
import fr.pacte.commun.Quantite;
import fr.pacte.commun.Page;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.commun.tableur.EcritureTableau;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_IEN, Role.R_CHEF, Role.R_ANALYSTE})
public class DotationServiceBean implements DotationService {

    @Inject
    private DotationRepository depot;

    @Inject
    private Event<EnveloppesPubliees> publications;

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
    public List<EtatAllocation> allocation(String annee) {
        referentiel.campagne(annee);
        Map<LigneAllocation, Allocation> lignes = new java.util.EnumMap<>(LigneAllocation.class);
        depot.allocations(annee).forEach(a -> lignes.put(a.getLigne(), a));
        return Arrays.stream(LigneAllocation.values()).map(l -> lignes.containsKey(l) ? lignes.get(l).etat()
                : new EtatAllocation(l, BigDecimal.ZERO, BigDecimal.ZERO)).toList();
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public List<EtatAllocation> fixerAllocation(String annee, Map<LigneAllocation, BigDecimal> montants,
                                                Map<LigneAllocation, Long> versions, String motif) {
        referentiel.campagne(annee);
        Map<LigneAllocation, Allocation> existantes = ecriture.verrouiller(annee).lignes();
        if (versions != null && versions.entrySet().stream().anyMatch(v -> v.getValue() != null
                && (existantes.containsKey(v.getKey()) ? existantes.get(v.getKey()).getVersion() : 0) != v.getValue())) {
            throw new ConflitException("L'allocation de " + annee + " a été modifiée entre-temps par un autre utilisateur."
                    + " Reprenez votre saisie sur les valeurs actuelles.", allocation(annee));
        }
        Map<String, Object> avant = new java.util.LinkedHashMap<>();
        List<Allocation> changees = new ArrayList<>();
        montants.forEach((ligne, montant) -> {
            String erreur = Quantites.erreur(montant, ligne.quantum(), ligne.libelle(), Quantite.Borne.ALLOCATION);
            if (erreur != null) {
                throw new RegleDotationException(ligne.name(), erreur);
            }
            Allocation a = existantes.get(ligne);
            if (a == null) {
                // inserted empty then set, so that a line once set is at version 1: a writer who read it missing
                // (version 0) is refused instead of overwriting a line created meanwhile
                a = new Allocation(annee, ligne, BigDecimal.ZERO);
                depot.ajouter(a);
                depot.ecrire();
                avant.put(ligne.name(), null);
                changees.add(a);
            } else if (a.getAlloue().compareTo(montant) != 0) {
                avant.put(ligne.name(), a.journal());
                changees.add(a);
            }
            a.fixer(montant);
        });
        depot.ecrire();
        if (!changees.isEmpty()) {
            Map<String, Object> apres = new java.util.LinkedHashMap<>();
            changees.forEach(a -> apres.put(a.getLigne().name(), a.journal()));
            journal.enregistrer(Evenement.academie("ALLOCATION_MODIFIEE", "ALLOCATION", annee, annee, null, avant, apres, motif));
        }
        return allocation(annee);
    }

    @Override
    public List<ReserveDepartement> reserves(String annee) {
        Utilisateur u = securite.utilisateurCourant();
        return depot.reserves(annee).stream().map(Reserve::vue)
                .filter(r -> u.voitToutLAcademie() || r.departement().equals(u.departement())).toList();
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public ReserveDepartement fixerReserve(String annee, String departement, BigDecimal premier, BigDecimal second,
                                           BigDecimal voiePro, BigDecimal imp, String motif, Long version) {
        Campagne c = referentiel.campagne(annee);
        Map<LigneAllocation, Allocation> allocation = ecriture.verrouiller(annee).lignes();
        Reserve r = depot.reserve(annee, departement).orElse(null);
        if (version != null && (r == null ? 0 : r.vue().version()) != version) {
            ReserveDepartement actuelle = r == null ? new Reserve(annee, departement).vue() : r.vue();
            throw new ConflitException("La réserve du département " + departement + " a été modifiée entre-temps par un autre"
                    + " utilisateur : valeurs actuelles " + Quantites.format(actuelle.partsPremierDegre()) + " / "
                    + Quantites.format(actuelle.partsSecondDegre()) + " / " + Quantites.format(actuelle.partsVoiePro())
                    + " part(s) (premier degré / second degré / voie professionnelle) et " + Quantites.format(actuelle.imp())
                    + " IMP. Reprenez votre saisie sur ces valeurs.", actuelle);
        }
        new ReglesReserve(c, allocation).controler(r, premier, second, voiePro, imp);
        ReserveDepartement avant = r == null ? null : r.vue();
        if (r == null) {
            r = new Reserve(annee, departement);
            depot.ajouter(r);
        }
        r.fixer(premier, second, voiePro, imp);
        depot.ecrire();
        ReserveDepartement apres = r.vue();
        if (avant == null || avant.version() != apres.version()) {
            journal.enregistrer(Evenement.academie("RESERVE_MODIFIEE", "RESERVE", annee + "/" + departement, annee,
                    departement, avant, apres, motif));
        }
        return apres;
    }

    @Override
    public Page<LigneDotation> lignes(String annee, FiltreDotations filtre, int page, int taille) {
        Campagne c = referentiel.campagne(annee);
        Utilisateur u = lecteur(annee, filtre);
        if (u == null) {
            return new Page<>(List.of(), 0, page, taille);
        }
        return lectures.lignes(annee, c.anneePrecedente(), Voie.desLpo(c), filtre, u, page, taille);
    }

    @Override
    public void exporter(String annee, FiltreDotations filtre, ExportDotations fichier, OutputStream sortie) {
        Campagne c = referentiel.campagne(annee);
        Utilisateur u = lecteur(annee, filtre);
        EcritureTableau.ecrire(fichier.format(), "Enveloppes " + annee, fichier.entetes(), ligne -> {
            if (u != null) {
                lectures.parcourir(annee, c.anneePrecedente(), Voie.desLpo(c), filtre, u,
                        l -> ligne.accept(fichier.ligne(annee, l)));
            }
        }, sortie);
    }

    /** The caller if he may read the rows (a département of his scope; envelopes published unless he sees all). */
    private Utilisateur lecteur(String annee, FiltreDotations filtre) {
        Utilisateur u = securite.utilisateurCourant();
        if (filtre.departement() != null && !u.peutFiltrerDepartement(filtre.departement())) {
            throw new fr.pacte.securite.AccesRefuseException("Le département " + filtre.departement()
                    + " est hors de votre périmètre (" + u.libellePerimetre() + ").");
        }
        return !u.voitToutLAcademie() && !estPubliee(annee) ? null : u;
    }

    @Override
    public LigneDotation ligne(String annee, String uai) {
        Campagne c = referentiel.campagne(annee);
        Utilisateur u = securite.utilisateurCourant();
        LigneDotation l = lectures.ligne(annee, c.anneePrecedente(), Voie.desLpo(c), uai);
        if (l == null) {
            throw new RegleDotationException("uai", "Établissement inconnu : " + uai);
        }
        if (!u.peutVoirEtablissement(l.uai(), l.departement(), referentiel.circonscription(l.uai()))) {
            throw new AccesRefuseException("L'établissement " + uai + " est hors de votre périmètre.");
        }
        if (!u.voitToutLAcademie() && !estPubliee(annee)) {
            throw new RegleDotationException("annee", "Les enveloppes " + annee + " ne sont pas encore publiées.");
        }
        return l;
    }

    @Override
    public List<TotalDepartement> totaux(String annee) {
        referentiel.campagne(annee);
        return lectures.totauxParDepartement(annee, securite.utilisateurCourant());
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public LigneDotation modifierEnveloppe(String annee, String uai, BigDecimal parts, BigDecimal imp, long version, String motif) {
        Campagne c = referentiel.campagne(annee);
        ecriture.appliquer(c, Map.of(uai, new BigDecimal[]{parts, imp}), Map.of(uai, version),
                securite.utilisateurCourant().login(), motif);
        return lectures.ligne(annee, c.anneePrecedente(), Voie.desLpo(c), uai);
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public EnveloppeModifiee modifierEnLigne(String annee, String uai, BigDecimal parts, BigDecimal imp, long version, String motif) {
        Campagne c = referentiel.campagne(annee);
        Utilisateur u = securite.utilisateurCourant();
        // read before the write: read after it, it would lengthen the time the edit holds its allocation line, which
        // the other users' edits of that line wait for; the edit's own change is added below
        List<TotalDepartement> totaux = lectures.totauxParDepartement(annee, u);
        EcritureEnveloppes.Ecriture e = ecriture.ecrire(c, Map.of(uai, new BigDecimal[]{parts, imp}), Map.of(uai, version),
                u.login(), motif);
        Enveloppe env = e.enveloppes().get(uai);
        BigDecimal[] avant = e.avant().get(uai);
        if (avant != null) {
            // an envelope counts in the total of the département its UAI starts with (V10)
            String departement = uai.substring(0, 3);
            totaux = totaux.stream().map(t -> !t.departement().equals(departement) ? t : new TotalDepartement(t.departement(),
                    t.libelle(), t.etablissements(), t.parts().add(env.getParts().subtract(avant[0])),
                    t.imp().add(env.getImp().subtract(avant[1])), t.reserveParts(), t.reserveImp())).toList();
        }
        return new EnveloppeModifiee(uai, env.getParts(), env.getImp(), env.getVersion(), e.allocation(), totaux,
                c.montantPart());
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public int modifierEnveloppes(String annee, Map<String, BigDecimal[]> valeurs, String motif) {
        Campagne c = referentiel.campagne(annee);
        return ecriture.appliquer(c, valeurs, null, securite.utilisateurCourant().login(), motif);
    }

    @Override
    public boolean estPubliee(String annee) {
        return publication(annee) != null;
    }

    @Override
    public OffsetDateTime publication(String annee) {
        Publication p = depot.publication(annee);
        return p == null ? null : p.getPublieeLe();
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public void publier(String annee) {
        referentiel.campagne(annee);
        // the writers decide under this lock whether a reason is required: none of them can miss the publication
        if (ecriture.verrouiller(annee).publiee()) {
            throw new RegleDotationException("annee", "Les enveloppes " + annee + " sont déjà publiées.");
        }
        Publication p = new Publication(annee, securite.utilisateurCourant().login());
        depot.ajouter(p);
        journal.enregistrer(Evenement.academie("ENVELOPPES_PUBLIEES", "PUBLICATION", annee, annee, null, null,
                Evenement.valeurs("publieeLe", String.valueOf(p.getPublieeLe())), null));
        // the établissements that receive something: the others have nothing to look at
        publications.fire(new EnveloppesPubliees(annee, depot.uaisDotes(annee)));
    }

    @Override
    public List<ChangementEnveloppe> historique(String annee, String uai) {
        ligne(annee, uai);
        List<ChangementEnveloppe> changements = depot.historique(annee, uai);
        if (securite.utilisateurCourant().voitLesNoms()) {
            return changements;
        }
        // an analyst reads the figures only: neither the login nor the free-text reason
        return changements.stream().map(c -> new ChangementEnveloppe(c.date(), null, null, c.partsAvant(), c.partsApres(),
                c.impAvant(), c.impApres())).toList();
    }

}
