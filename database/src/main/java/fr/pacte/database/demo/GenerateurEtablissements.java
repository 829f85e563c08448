package fr.pacte.database.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the établissements: natures in fixed proportions, départements by population, about 15 % privé
 * sous contrat, éducation prioritaire on public écoles and collèges only.
 */
final class GenerateurEtablissements {

    private static final int ESSAIS_NOM = 20;

    private final Random random;
    private final Listes listes;
    private final Set<String> uaiPris = new HashSet<>();
    private final Set<String> nomsPris = new HashSet<>();

    GenerateurEtablissements(Random random, Listes listes) {
        this.random = random;
        this.listes = listes;
    }

    /**
     * The first LP is a public one of the Isère and the first collège a public REP+ one of Savoie,
     * so that the chef d'établissement accounts always find their établissement.
     */
    List<Etablissement> generer(int nombre) {
        List<Nature> natures = natures(nombre);
        // the forced LP and collège cover the Isère and Savoie; the first others cover the rest
        Deque<Departement> aCouvrir = new ArrayDeque<>(List.of(Departement.ARDECHE, Departement.DROME,
                Departement.HAUTE_SAVOIE));
        boolean lpIsere = false;
        boolean clgSavoie = false;
        List<Etablissement> resultat = new ArrayList<>(nombre);
        for (Nature nature : natures) {
            if (nature == Nature.LP && !lpIsere) {
                lpIsere = true;
                resultat.add(creer(nature, Departement.ISERE, "PU", ""));
            } else if (nature == Nature.CLG && !clgSavoie) {
                clgSavoie = true;
                resultat.add(creer(nature, Departement.SAVOIE, "PU", "REP+"));
            } else {
                Departement departement = aCouvrir.isEmpty() ? Departement.tirer(random) : aCouvrir.poll();
                String secteur = nature != Nature.EREA && random.nextInt(100) < 15 ? "PR" : "PU";
                resultat.add(creer(nature, departement, secteur, educationPrioritaire(nature, secteur)));
            }
        }
        resultat.sort(Comparator.comparing(Etablissement::uai));
        return resultat;
    }

    private List<Nature> natures(int nombre) {
        int[] effectifs = new int[Nature.values().length];
        int autres = 0;
        for (Nature nature : Nature.values()) {
            int n = nature == Nature.EREA ? (nombre >= 100 ? 2 : 1)
                    : Math.max(1, Math.round(nombre * nature.pourMille / 1000f));
            effectifs[nature.ordinal()] = nature == Nature.ECOLE ? 0 : n;
            autres += effectifs[nature.ordinal()];
        }
        // a very small académie still keeps at least one école
        for (; autres >= nombre && effectifs[Nature.CLG.ordinal()] > 1; autres--) {
            effectifs[Nature.CLG.ordinal()]--;
        }
        effectifs[Nature.ECOLE.ordinal()] = nombre - autres;
        List<Nature> natures = new ArrayList<>(nombre);
        for (Nature nature : Nature.values()) {
            natures.addAll(Collections.nCopies(effectifs[nature.ordinal()], nature));
        }
        Collections.shuffle(natures, random);
        return natures;
    }

    private String educationPrioritaire(Nature nature, String secteur) {
        if (!"PU".equals(secteur) || (nature != Nature.ECOLE && nature != Nature.CLG)) {
            return "";
        }
        int tirage = random.nextInt(100);
        return tirage < 4 ? "REP+" : tirage < 17 ? "REP" : "";
    }

    private Etablissement creer(Nature nature, Departement departement, String secteur, String ep) {
        String commune = null;
        String principale = null;
        boolean village = nature == Nature.ECOLE || nature == Nature.CLG;
        for (int essai = 0; essai < ESSAIS_NOM; essai++) {
            commune = listes.tirer((village ? "communes-" : "villes-") + departement.code, random);
            principale = listes.tirer("libelles-" + nature + "-" + secteur, random) + " "
                    + nomPropre(nature, departement, secteur);
            if (!nomsPris.contains(principale + "|" + commune)) {
                break;
            }
        }
        nomsPris.add(principale + "|" + commune);
        String complementaire = random.nextInt(100) < 18 && listes.contient("complements-" + nature)
                ? listes.tirer("complements-" + nature, random) : "";
        return new Etablissement(uai(departement), nature, principale, complementaire, departement, commune, secteur, ep);
    }

    private String nomPropre(Nature nature, Departement departement, String secteur) {
        if ("PR".equals(secteur)) {
            return listes.tirer("prives", random);
        }
        if (nature == Nature.ECOLE && random.nextBoolean()) {
            return listes.tirer("lieux", random);
        }
        String local = "eponymes-" + departement.code;
        return listes.tirer(random.nextInt(100) < 25 && listes.contient(local) ? local : "eponymes", random);
    }

    private String uai(Departement departement) {
        String uai;
        do {
            uai = Uai.de(departement.code, 1 + random.nextInt(9999));
        } while (!uaiPris.add(uai));
        return uai;
    }
}
