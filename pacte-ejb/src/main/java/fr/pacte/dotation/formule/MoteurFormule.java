package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import fr.pacte.referentiel.Nature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the envelope proposal the rectorat simulates, then applies (the caller persists it). Every proposal
 * is a whole number of quanta; no total exceeds its disponible; the result depends only on the input set, not
 * its order (établissements are processed by UAI).
 */
public final class MoteurFormule {

    private MoteurFormule() {
    }

    public static Simulation simuler(List<EtablissementADoter> etablissements, Disponible disponible, Quanta quanta,
                                     Formule formule) {
        Objects.requireNonNull(disponible, "disponible");
        Objects.requireNonNull(quanta, "quanta");
        Calcul calcul = Calcul.pour(Objects.requireNonNull(formule, "formule"));
        List<EtablissementADoter> tries = trier(etablissements);
        List<String> avertissements = new ArrayList<>();
        Map<String, BigDecimal> parts = new HashMap<>();
        Map<Voie, BigDecimal> totalParts = new EnumMap<>(Voie.class);
        Map<Voie, BigDecimal> resteParts = new EnumMap<>(Voie.class);
        for (Voie voie : Voie.DES_ENVELOPPES) {
            Enveloppe enveloppe = Enveloppe.parts(voie,
                    tries.stream().filter(e -> e.voie() == voie).toList(), disponible.parts(voie), quanta.parts());
            BigDecimal total = attribuer(enveloppe, calcul.parts(enveloppe, avertissements), parts);
            totalParts.put(voie, total);
            resteParts.put(voie, enveloppe.disponible().subtract(total));
        }
        // IMP is a second-degree indemnity: écoles are not in the pool.
        Enveloppe enveloppeImp = Enveloppe.imp(tries.stream().filter(e -> e.nature() != Nature.ECOLE).toList(),
                disponible.imp(), quanta.imp());
        Map<String, BigDecimal> imp = new HashMap<>();
        BigDecimal totalImp = attribuer(enveloppeImp, calcul.imp(enveloppeImp, avertissements), imp);
        signalerEcolesAvecImp(tries, avertissements);
        BigDecimal zeroImp = enveloppeImp.montant(0);
        List<Proposition> propositions = tries.stream().map(e -> new Proposition(e.uai(), e.voie(),
                parts.get(e.uai()), imp.getOrDefault(e.uai(), zeroImp))).toList();
        return new Simulation(propositions, totalParts, totalImp, resteParts,
                disponible.imp().subtract(totalImp), avertissements);
    }

    private static List<EtablissementADoter> trier(List<EtablissementADoter> etablissements) {
        List<EtablissementADoter> tries = new ArrayList<>(Objects.requireNonNull(etablissements, "établissements"));
        tries.forEach(e -> Objects.requireNonNull(e, "établissement"));
        tries.sort(Comparator.comparing(EtablissementADoter::uai));
        for (int i = 1; i < tries.size(); i++) {
            if (tries.get(i).uai().equals(tries.get(i - 1).uai())) {
                throw new IllegalArgumentException("UAI en double : " + tries.get(i).uai());
            }
        }
        return tries;
    }

    private static BigDecimal attribuer(Enveloppe enveloppe, long[] unites, Map<String, BigDecimal> cible) {
        long total = 0;
        for (int i = 0; i < unites.length; i++) {
            cible.put(enveloppe.etablissements().get(i).uai(), enveloppe.montant(unites[i]));
            total += unites[i];
        }
        return enveloppe.montant(total);
    }

    private static void signalerEcolesAvecImp(List<EtablissementADoter> tries, List<String> avertissements) {
        long ecoles = tries.stream().filter(e -> e.nature() == Nature.ECOLE)
                .filter(e -> e.enveloppeImpN1().signum() > 0 || e.impConsommesN1().signum() > 0).count();
        if (ecoles > 0) {
            avertissements.add(ecoles + (ecoles > 1 ? " écoles avaient" : " école avait")
                    + " des IMP en N-1 : les écoles ne reçoivent pas d'IMP");
        }
    }
}
