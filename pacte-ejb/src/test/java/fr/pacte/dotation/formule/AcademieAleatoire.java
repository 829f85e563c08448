package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random académie: écoles, collèges, lycées, LP with realistic staff, EP labels and N-1 figures. */
final class AcademieAleatoire {

    private static final String[] DEPARTEMENTS = {"007", "026", "038", "073", "074"};
    private static final String LETTRES = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private AcademieAleatoire() {
    }

    static List<EtablissementADoter> generer(long graine, int nombre) {
        Random r = new Random(graine);
        List<EtablissementADoter> resultat = new ArrayList<>();
        for (int i = 0; i < nombre; i++) {
            String dep = DEPARTEMENTS[r.nextInt(DEPARTEMENTS.length)];
            int code = Integer.parseInt(dep) * 10_000 + i;
            String uai = String.format("%07d", code) + LETTRES.charAt(code % 23);
            int tirage = r.nextInt(100);
            Nature nature = tirage < 55 ? Nature.ECOLE : tirage < 80 ? Nature.CLG : tirage < 88 ? Nature.LYC
                    : tirage < 93 ? Nature.LPO : tirage < 99 ? Nature.LP : Nature.EREA;
            Voie voie = nature == Nature.ECOLE ? Voie.PREMIER_DEGRE
                    : nature == Nature.LP || (nature == Nature.LPO && r.nextBoolean()) ? Voie.VOIE_PRO
                    : Voie.SECOND_DEGRE;
            int ep = r.nextInt(100);
            EducationPrioritaire label = ep < 80 ? EducationPrioritaire.HORS_EP
                    : ep < 92 ? EducationPrioritaire.REP : EducationPrioritaire.REP_PLUS;
            int personnels = r.nextInt(100) == 0 ? 0 : switch (nature) {
                case ECOLE -> 2 + r.nextInt(15);
                case CLG -> 30 + r.nextInt(40);
                case LYC, LPO -> 80 + r.nextInt(90);
                case LP -> 40 + r.nextInt(50);
                case EREA -> 25 + r.nextInt(15);
            };
            BigDecimal parts = quarts(r, personnels);
            int impMax = nature == Nature.ECOLE ? 0 : personnels / 6;
            resultat.add(new EtablissementADoter(uai, dep, nature, label, voie, personnels, parts, quarts(r, impMax),
                    parts.multiply(BigDecimal.valueOf(r.nextInt(101))).movePointLeft(2), quarts(r, impMax)));
        }
        return resultat;
    }

    /** About 0.2 to 0.8 part per person in each voie, and 0.6 to 1.4 times one IMP per six teachers. */
    static Disponible disponible(List<EtablissementADoter> etablissements, long graine) {
        Random r = new Random(graine);
        Map<Voie, BigDecimal> parts = new EnumMap<>(Voie.class);
        for (Voie v : Voie.DES_ENVELOPPES) {
            long personnels = etablissements.stream().filter(e -> e.voie() == v)
                    .mapToLong(EtablissementADoter::personnels).sum();
            parts.put(v, BigDecimal.valueOf(personnels * (20 + r.nextInt(61)), 2));
        }
        long secondDegre = etablissements.stream().filter(e -> e.nature() != Nature.ECOLE)
                .mapToLong(EtablissementADoter::personnels).sum();
        return new Disponible(parts, BigDecimal.valueOf(secondDegre * (60 + r.nextInt(81)) / 6, 2));
    }

    private static BigDecimal quarts(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(4 * max + 1)).movePointLeft(2).multiply(BigDecimal.valueOf(25));
    }
}
