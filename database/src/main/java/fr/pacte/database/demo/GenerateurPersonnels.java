package fr.pacte.database.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Draws the personnels of each établissement: staff proportional to a size drawn in the nature's range,
 * corps and discipline from the weighted lists of the nature, sex ratio of the degree, ages 24 to 65.
 */
final class GenerateurPersonnels {

    private static final LocalDate NE_AU_PLUS_TOT = LocalDate.of(1960, 1, 1);
    /** 24 years old at the rentrée 2025. */
    private static final LocalDate NE_AU_PLUS_TARD = LocalDate.of(2001, 8, 31);
    private static final String LETTRES = "ABCDEFGHJKLMNPRSTUVWXYZ";
    /** Prime to 10^7: rank × PAS mod 10^7 gives distinct, unordered-looking numbers. */
    private static final long PAS = 7_919;

    private final Random random;
    private final Listes noms;
    private final Listes carrieres;

    GenerateurPersonnels(Random random, Listes noms, Listes carrieres) {
        this.random = random;
        this.noms = noms;
        this.carrieres = carrieres;
    }

    List<Personnel> generer(List<Etablissement> etablissements, int total) {
        int[] effectifs = effectifs(etablissements, total);
        List<Personnel> personnels = new ArrayList<>(total);
        for (int i = 0; i < etablissements.size(); i++) {
            for (int j = 0; j < effectifs[i]; j++) {
                personnels.add(personnel(etablissements.get(i), personnels.size()));
            }
        }
        return personnels;
    }

    /** Sizes scaled to the requested total by the largest-remainder method, so that they add up exactly. */
    private int[] effectifs(List<Etablissement> etablissements, int total) {
        int n = etablissements.size();
        long[] tailles = new long[n];
        long somme = 0;
        for (int i = 0; i < n; i++) {
            Nature nature = etablissements.get(i).nature();
            tailles[i] = nature.effectifMin + random.nextInt(nature.effectifMax - nature.effectifMin + 1);
            somme += tailles[i];
        }
        int[] effectifs = new int[n];
        long[] restes = new long[n];
        int attribues = 0;
        for (int i = 0; i < n; i++) {
            effectifs[i] = (int) (total * tailles[i] / somme);
            restes[i] = total * tailles[i] % somme;
            attribues += effectifs[i];
        }
        int[] ordre = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -restes[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; attribues < total; k++, attribues++) {
            effectifs[ordre[k]]++;
        }
        return effectifs;
    }

    private Personnel personnel(Etablissement etablissement, int rang) {
        Nature nature = etablissement.nature();
        String corps = carrieres.tirer("corps-" + nature, random);
        String sexe = random.nextDouble() < nature.partFemmes ? "F" : "M";
        String prenom = noms.tirer("prenoms-" + sexe, random);
        String nom = nom();
        LocalDate naissance = naissance("CONTRACTUEL".equals(corps));
        return new Personnel(identifiant(rang, naissance), "F".equals(sexe) ? "Mme" : "M.", nom, prenom, sexe, naissance,
                corps, discipline(corps, nature), etablissement.uai());
    }

    private String nom() {
        String nom = noms.tirer("noms", random);
        // a few double names, as after a marriage: "Martin-Lefèvre"
        if (random.nextInt(100) < 3 && !nom.contains("-") && !nom.contains(" ")) {
            String second = noms.tirer("noms", random);
            if (!second.contains("-") && !second.contains(" ") && !second.equals(nom)) {
                return nom + "-" + second;
            }
        }
        return nom;
    }

    /** Titulaires peak around 45 years old; contractuels are younger. */
    private LocalDate naissance(boolean contractuel) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        double jeunesse = contractuel ? Math.max(u1, u2) : (u1 + u2) / 2;
        long jours = NE_AU_PLUS_TARD.toEpochDay() - NE_AU_PLUS_TOT.toEpochDay();
        return NE_AU_PLUS_TOT.plusDays((long) (jeunesse * jours));
    }

    private String discipline(String corps, Nature nature) {
        for (String section : List.of("disciplines-" + corps + "-" + nature, "disciplines-" + corps)) {
            if (carrieres.contient(section)) {
                return carrieres.tirer(section, random);
            }
        }
        return "";
    }

    /** NUMEN-like: two digits of the recruitment year, "E", seven digits unique by rank, three letters. */
    private String identifiant(int rang, LocalDate naissance) {
        int recrutement = Math.min(2025, naissance.getYear() + 23 + random.nextInt(6));
        StringBuilder numen = new StringBuilder(13)
                .append(String.format("%02dE%07d", recrutement % 100, (rang * PAS + 104_729) % 10_000_000));
        for (int i = 0; i < 3; i++) {
            numen.append(LETTRES.charAt(random.nextInt(LETTRES.length())));
        }
        return numen.toString();
    }
}
