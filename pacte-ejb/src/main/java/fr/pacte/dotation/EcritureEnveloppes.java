package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import fr.pacte.commun.Quantite;
import fr.pacte.commun.Texte;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Nature;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes envelopes under the allocation's lock. Every write path (screen, bulk, formula, import, REST) goes
 * through here: quanta, versions, the floor of what is attributed, the allocation check, the history, and an order
 * of updates that never makes the database's own check fail half-way (decreases before increases).
 *
 * <p>One order of locks for every writer, so that none waits for another in a cycle: the allocation lines first, in
 * the order of their names, then the reserve, then the envelopes (the triggers then update only lines already
 * held, and the département's running total last). The bulk writers and {@code publier} take every line; an inline
 * edit of one envelope takes only a share lock on the lines whose distributed amount it changes (its voie's for the
 * parts, IMP's for the IMP), then the envelope: edits no longer wait for each other (issue 19, point 4). The database
 * counts each envelope in one of its line's 16 tranches (V36), so two edits wait only when their UAIs share a tranche
 * or when a tranche's quota runs dry and the line's quotas are shared out again. Under a share lock the service's
 * check of what is left is a first answer; the database's, with the same message, is the one that holds.
 */
@Dependent
class EcritureEnveloppes {

    /** dotation.revision.motif is varchar(500). */
    private static final int MOTIF_MAX = 500;

    @Inject
    private DotationRepository depot;

    @Inject
    private LecturesDotation lectures;

    @Inject
    private JournalService journal;

    /**
     * Locks every allocation line of the campaign, always in the same order, then tells whether its envelopes are
     * published: decided under the lock that {@code publier} takes too.
     */
    AllocationVerrouillee verrouiller(String annee) {
        return depot.verrouillerAllocation(annee);
    }

    /**
     * What a write leaves: the envelopes written (versions up to date), those whose values changed, how many of
     * them were set for the first time (never written, at 0 parts and 0 IMP: an import reports them as created, not
     * changed), the allocation's state after the write — computed from the locked lines, which no one else can
     * change meanwhile — and the parts and IMP each changed envelope had before.
     */
    record Ecriture(Map<String, Enveloppe> enveloppes, List<Enveloppe> changees, int premieres, List<EtatAllocation> allocation,
                    Map<String, BigDecimal[]> avant) {
    }

    /** @return the number of envelopes whose values changed */
    int appliquer(Campagne campagne, Map<String, BigDecimal[]> valeurs, Map<String, Long> versions,
                  String auteur, String motif) {
        return ecrire(campagne, valeurs, versions, auteur, motif).changees().size();
    }

    /**
     * @param valeurs   new parts and IMP per UAI
     * @param versions  versions read by the user per UAI (null when not an interactive edit)
     * @param motif     the reason, required once the campaign's envelopes are published
     */
    Ecriture ecrire(Campagne campagne, Map<String, BigDecimal[]> valeurs, Map<String, Long> versions,
                    String auteur, String motif) {
        String annee = campagne.anneeScolaire();
        BigDecimal quantumParts = Quantites.quantumParts(campagne.demiPartsAutorisees());
        verifier(Texte.tropLong("Motif", motif, MOTIF_MAX), "motif");
        valeurs.forEach((uai, v) -> {
            verifier(Quantites.erreur(v[0], quantumParts, "Parts Pacte de " + uai, Quantite.Borne.ENVELOPPE), "parts");
            verifier(Quantites.erreur(v[1], Quantites.QUART_IMP, "IMP de " + uai, Quantite.Borne.ENVELOPPE), "imp");
        });
        Map.Entry<String, BigDecimal[]> seule = versions != null && valeurs.size() == 1 ? valeurs.entrySet().iterator().next() : null;
        Verrou etroit = seule == null ? null : Verrou.etroit(depot, annee, seule.getKey(), seule.getValue());
        Verrou verrou = etroit != null ? etroit : new Verrou(verrouiller(annee), enveloppes(campagne, valeurs.keySet()), null, List.of());
        if (verrou.allocation().publiee() && (motif == null || motif.isBlank())) {
            throw new RegleDotationException("motif",
                    "Les enveloppes de " + annee + " sont publiées : une correction doit indiquer son motif.");
        }
        Map<LigneAllocation, Allocation> allocation = verrou.allocation().lignes();
        Map<String, Enveloppe> enveloppes = verrou.enveloppes();
        if (versions != null) {
            versions.forEach((uai, version) -> {
                Enveloppe e = enveloppes.get(uai);
                // same version, same values: the lines locked after the read without a lock are those the edit changes
                if (e.getVersion() != version || etroit != null && !etroit.lignes().containsAll(
                        Verrou.lignesChangees(e.getVoie(), e.getParts(), e.getImp(), valeurs.get(uai)))) {
                    throw new ConflitVersionException(lectures.ligne(annee, campagne.anneePrecedente(),
                            Voie.desLpo(campagne), uai));
                }
            });
        }
        // never below what is attributed: the figures of the first établissement concerned
        valeurs.forEach((uai, v) -> {
            Enveloppe e = enveloppes.get(uai);
            e.plancher().controler(v[0], v[1], e.getDechargeHeures());
        });
        Map<LigneAllocation, BigDecimal> deltas = controlerAllocation(allocation, enveloppes, valeurs);
        depot.renseignerRevision(auteur, motif);
        List<Enveloppe> changees = new ArrayList<>();
        List<Object> avant = new ArrayList<>();
        Map<String, BigDecimal[]> valeursAvant = new java.util.HashMap<>();
        int[] premieres = {0};
        valeurs.forEach((uai, v) -> {
            Enveloppe e = enveloppes.get(uai);
            if (e.getParts().compareTo(v[0]) != 0 || e.getImp().compareTo(v[1]) != 0) {
                changees.add(e);
                avant.add(e.journal());
                valeursAvant.put(uai, new BigDecimal[]{e.getParts(), e.getImp()});
                if (e.jamaisFixee()) {
                    premieres[0]++;
                }
            }
        });
        if (changees.size() > 1) {
            // decreases first: the database's check on the allocation holds after each statement
            changees.forEach(e -> e.fixer(e.getParts().min(valeurs.get(e.getUai())[0]), e.getImp().min(valeurs.get(e.getUai())[1])));
            depot.ecrire();
        }
        changees.forEach(e -> e.fixer(valeurs.get(e.getUai())[0], valeurs.get(e.getUai())[1]));
        depot.ecrire();
        // one entry per changed envelope, after the flush so that "after" carries the new version
        journal.enregistrerTous(java.util.stream.IntStream.range(0, changees.size()).mapToObj(i -> Evenement.etablissement(
                "ENVELOPPE_MODIFIEE", "ENVELOPPE", annee + "/" + changees.get(i).getUai(), annee, changees.get(i).getUai(),
                avant.get(i), changees.get(i).journal(), motif)).toList());
        return new Ecriture(enveloppes, changees, premieres[0], Verrou.apres(allocation, deltas, verrou.autres()), valeursAvant);
    }

    /** The envelope of one établissement, created empty if the campaign has none for it yet. */
    Enveloppe enveloppe(Campagne campagne, String uai) {
        return enveloppes(campagne, java.util.Set.of(uai)).get(uai);
    }

    private Map<String, Enveloppe> enveloppes(Campagne campagne, java.util.Set<String> uais) {
        List<String> liste = List.copyOf(uais);
        Map<String, Enveloppe> parUai = depot.enveloppes(campagne.anneeScolaire(), liste);
        List<String> manquants = liste.stream().filter(u -> !parUai.containsKey(u)).toList();
        Map<String, String> natures = lectures.natures(manquants);
        Voie voieLpo = Voie.desLpo(campagne);
        for (String uai : manquants) {
            String nature = natures.get(uai);
            if (nature == null) {
                throw new RegleDotationException("uai", "Établissement inconnu : " + uai);
            }
            Enveloppe e = new Enveloppe(campagne.anneeScolaire(), uai, Voie.pour(Nature.valueOf(nature), voieLpo));
            depot.ajouter(e);
            parUai.put(uai, e);
        }
        return parUai;
    }

    /** @return the change of each allocation line the write makes */
    private static Map<LigneAllocation, BigDecimal> controlerAllocation(Map<LigneAllocation, Allocation> allocation,
                                                                      Map<String, Enveloppe> enveloppes,
                                                                      Map<String, BigDecimal[]> valeurs) {
        Map<LigneAllocation, BigDecimal> deltas = new EnumMap<>(LigneAllocation.class);
        valeurs.forEach((uai, v) -> {
            Enveloppe e = enveloppes.get(uai);
            deltas.merge(LigneAllocation.de(e.getVoie()), v[0].subtract(e.getParts()), BigDecimal::add);
            deltas.merge(LigneAllocation.IMP, v[1].subtract(e.getImp()), BigDecimal::add);
        });
        deltas.forEach((ligne, delta) -> {
            if (delta.signum() <= 0) {
                return;
            }
            Allocation a = allocation.get(ligne);
            BigDecimal reste = a == null ? BigDecimal.ZERO : a.etat().reste();
            if (delta.compareTo(reste) > 0) {
                throw ligne.depassee(reste, delta);
            }
        });
        return deltas;
    }

    private static void verifier(String erreur, String champ) {
        if (erreur != null) {
            throw new RegleDotationException(champ, erreur);
        }
    }
}
