package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small builders and assertions shared by the engine tests. */
final class Jeu {

    static final Formule.Proportionnelle SANS_PONDERATION = Formule.Proportionnelle.simple(d("1"), d("1"), d("1"));
    static final Formule.Proportionnelle PONDEREE = Formule.Proportionnelle.simple(d("1.2"), d("1.5"), d("1.3"));

    private Jeu() {
    }

    static BigDecimal d(String valeur) {
        return new BigDecimal(valeur);
    }

    static EtablissementADoter clg(String uai, int personnels) {
        return new EtablissementADoter(uai, "038", Nature.CLG, EducationPrioritaire.HORS_EP, Voie.SECOND_DEGRE,
                personnels);
    }

    static EtablissementADoter etab(String uai, Nature nature, EducationPrioritaire ep, Voie voie, int personnels) {
        return new EtablissementADoter(uai, "038", nature, ep, voie, personnels);
    }

    /** Second-degree collège with its N-1 envelope and consumption (parts, then IMP). */
    static EtablissementADoter n1(String uai, String enveloppeParts, String partsConsommees, String enveloppeImp,
                                  String impConsommes) {
        return new EtablissementADoter(uai, "038", Nature.CLG, EducationPrioritaire.HORS_EP, Voie.SECOND_DEGRE, 30,
                d(enveloppeParts), d(enveloppeImp), d(partsConsommees), d(impConsommes));
    }

    static Disponible parts(Voie voie, String parts, String imp) {
        Map<Voie, BigDecimal> map = new EnumMap<>(Voie.class);
        map.put(voie, d(parts));
        return new Disponible(map, d(imp));
    }

    static Formule.Proportionnelle bornee(String plancherParts, String plafondParts, String plancherImp,
                                          String plafondImp, String impParEnseignants) {
        return new Formule.Proportionnelle(d("1.2"), d("1.5"), d("1.3"), nul(plancherParts), nul(plafondParts),
                nul(plancherImp), nul(plafondImp), nul(impParEnseignants));
    }

    private static BigDecimal nul(String valeur) {
        return valeur == null ? null : d(valeur);
    }

    /** Compares values, not scales: 2 and 2.0 are the same proposal. */
    static void assertParts(Simulation simulation, String... attendues) {
        List<Proposition> p = simulation.propositions();
        assertEquals(attendues.length, p.size());
        for (int i = 0; i < attendues.length; i++) {
            assertEquals(0, d(attendues[i]).compareTo(p.get(i).parts()),
                    () -> "parts " + p.stream().map(x -> x.uai() + "=" + x.parts()).toList());
        }
    }

    static void assertImp(Simulation simulation, String... attendues) {
        List<Proposition> p = simulation.propositions();
        assertEquals(attendues.length, p.size());
        for (int i = 0; i < attendues.length; i++) {
            assertEquals(0, d(attendues[i]).compareTo(p.get(i).imp()),
                    () -> "IMP " + p.stream().map(x -> x.uai() + "=" + x.imp()).toList());
        }
    }

    static void assertValeur(String attendue, BigDecimal valeur) {
        assertEquals(0, d(attendue).compareTo(valeur), () -> "attendu " + attendue + ", obtenu " + valeur);
    }
}
