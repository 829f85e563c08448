package fr.pacte.entrepot;

import fr.pacte.entrepot.exploration.Dimension;
import fr.pacte.entrepot.exploration.Mesure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a published cell counts, as a key: two cells with the same key are the same number, wherever they are
 * published — two tables of the report (T03 filtered on a département, total row; T06 unfiltered, that département's
 * row), a table and a pivot of the exploration (T01's women; the margin of the pivot by sex). The secret masks such
 * cells alike everywhere (issue 18, point 4): {@link SecretDesRapports} across the report's tables, the exploration
 * from the report's masks.
 *
 * <p>A key is the family of facts (P: persons of the population, the établissement being the person's affectation;
 * M: missions, the établissement being the attribution's), the quantity, and the conditions (dimension = label). Two
 * different numbers given the same key would only be masked together more often; two equal numbers given different
 * keys escape the rule — so the keys are written for the cells known to coincide, and nothing else is keyed.
 */
public final class SensDesCellules {

    public static final String ENSEMBLE = "Ensemble";

    /** Person tables: their row dimension; their person columns are the same quantities in each. */
    private static final Map<String, String> LIGNES_PERSONNES = Map.of("T01", "sexe", "T02", "tranche", "T03", "corps",
            "T04", "nature", "T05", "ep", "T06", "departement", "T18", "secteur", "T19", "discipline", "T24", "degre",
            "T17", "degre");
    private static final Set<String> COLONNES_PERSONNES = Set.of("Effectif", "Bénéficiaires", "Bénéficiaires Pacte",
            "Bénéficiaires IMP");

    /** Mission tables: the dimensions of their row label (parts joined by " – "), and what every row implies. */
    private record Lignes(List<String> dimensions, Map<String, String> implicites) {
    }

    private static final Map<String, Lignes> LIGNES_MISSIONS = Map.of(
            "T07", new Lignes(List.of("dispositif", "categorie"), Map.of()),
            "T08", new Lignes(List.of("mission"), Map.of()),
            "T09", new Lignes(List.of("modalite"), Map.of("dispositif", "IMP")),
            "T13", new Lignes(List.of("voie"), Map.of("dispositif", "Pacte")),
            "T14", new Lignes(List.of("voie"), Map.of("dispositif", "Pacte")),
            "T20", new Lignes(List.of("discipline", "mission"), Map.of()),
            "T21", new Lignes(List.of("taux"), Map.of("dispositif", "IMP")),
            "T22", new Lignes(List.of("niveau"), Map.of()),
            "T23", new Lignes(List.of("categorie"), Map.of("dispositif", "Pacte")));
    /** Column of a mission table → the quantity (several tables name it differently). */
    private static final Map<String, String> COLONNES_MISSIONS = Map.of("Missions", "Missions", "Missions IMP", "Missions",
            "Bénéficiaires", "Bénéficiaires", "Signataires", "Bénéficiaires", "Parts", "Parts", "IMP (unités)", "Unités IMP",
            "Unités IMP", "Unités IMP");

    /** Categories of the warehouse that are exactly one corps, of the same code (V35's entrepot.population). */
    private static final Set<String> CORPS_DE_CATEGORIE = Set.of("CPE", "PSYEN");

    private SensDesCellules() {
    }

    /**
     * The key of a cell of the report, null when the cell is not known to equal a cell elsewhere.
     *
     * @param dimension  the filter of the version (departement, nature, secteur), null unfiltered
     * @param libelle    the filter's value as the slice's own table labels it (T06's "038 Isère", T04's "Collège")
     */
    public static String cle(String tableau, String dimension, String libelle, String ligne, String colonne) {
        Parties p = parties(tableau, dimension, libelle, ligne, colonne);
        return p == null ? null : p.cle(p.conditions());
    }

    /**
     * A report cell's key before it is written: the family (persons or missions), the quantity and the conditions.
     * {@link #cle(SortedMap)} writes the key of the same quantity under other conditions (a coarser cell).
     */
    record Parties(boolean personnes, String quantite, SortedMap<String, String> conditions) {

        String cle(SortedMap<String, String> autres) {
            return personnes ? SensDesCellules.cle("P", quantite, new TreeMap<>(autres)) : mission(quantite, new TreeMap<>(autres));
        }
    }

    /** The parts of a report cell's key (see {@link #cle(String, String, String, String, String)}), null if unkeyed. */
    static Parties parties(String tableau, String dimension, String libelle, String ligne, String colonne) {
        boolean ensemble = ENSEMBLE.equals(ligne);
        SortedMap<String, String> conditions = new TreeMap<>();
        if (LIGNES_PERSONNES.containsKey(tableau) && COLONNES_PERSONNES.contains(colonne)) {
            if (!ensemble) {
                conditions.put(LIGNES_PERSONNES.get(tableau), ligne);
            }
            if (dimension != null) {
                conditions.put(dimension, libelle);
            }
            return new Parties(true, colonne, conditions);
        }
        Lignes l = LIGNES_MISSIONS.get(tableau);
        String quantite = COLONNES_MISSIONS.get(colonne);
        if (l == null || quantite == null) {
            return null;
        }
        conditions.putAll(l.implicites());
        if (!ensemble) {
            List<String> parties = decouper(ligne, l.dimensions().size());
            if (parties == null) {
                return null;
            }
            for (int i = 0; i < parties.size(); i++) {
                conditions.put(l.dimensions().get(i), parties.get(i));
            }
        }
        if (dimension != null) {
            // a mission table is filtered on the attribution's établissement, not the person's affectation
            conditions.put(dimension + "_mission", libelle);
        }
        return new Parties(false, quantite, conditions);
    }

    /**
     * The key of a cell of a pivot: {@code valeurs} gives the code of each dimension of the cell (a dimension
     * rolled up, a total, is absent). Null for the amounts (no report cell is the same sum).
     */
    public static String cle(Mesure mesure, Population population, Map<Dimension, String> valeurs) {
        SortedMap<String, String> conditions = new TreeMap<>();
        boolean parMission = false;
        String dispositif = null;
        for (Map.Entry<Dimension, String> v : valeurs.entrySet()) {
            Dimension d = v.getKey();
            if (d == Dimension.POPULATION && population.categories().size() == 1) {
                continue; // the one category of the population is the whole population
            }
            if (d == Dimension.POPULATION && CORPS_DE_CATEGORIE.contains(v.getValue())) {
                // CPE and psychologists are their corps (entrepot.population): T03's row of that corps
                String corps = valeurs.get(Dimension.CORPS);
                if (corps != null && !corps.equals(v.getValue())) {
                    return null; // nobody: a CPE of another corps
                }
                conditions.put(nom(Dimension.CORPS), libelle(Dimension.CORPS, v.getValue()));
                continue;
            }
            if (d == Dimension.DISPOSITIF) {
                dispositif = d.libelleValeur(v.getValue());
            } else {
                parMission |= d.mission() && d != Dimension.DISPOSITIF;
                conditions.put(nom(d), libelle(d, v.getValue()));
            }
            if (d == Dimension.TAUX_IMP && !v.getValue().isEmpty()) {
                conditions.put("dispositif", "IMP");
            }
        }
        switch (mesure) {
            case EFFECTIF:
                return cle("P", "Effectif", conditions);
            case BENEFICIAIRES:
                if (!parMission && conditions.keySet().stream().noneMatch(c -> c.equals("dispositif"))) {
                    String colonne = dispositif == null ? "Bénéficiaires" : "Bénéficiaires " + dispositif;
                    return cle("P", colonne, conditions);
                }
                break;
            case MISSIONS, PARTS, UNITES_IMP:
                break;
            default:
                return null;
        }
        if (dispositif != null) {
            conditions.put("dispositif", dispositif);
        }
        String quantite = switch (mesure) {
            case BENEFICIAIRES -> "Bénéficiaires";
            case MISSIONS -> "Missions";
            case PARTS -> "Parts";
            default -> "Unités IMP";
        };
        return mission(quantite, conditions);
    }

    /**
     * Parts exist for the Pacte only and IMP units for the IMP only: the dispositif adds nothing to them. Persons
     * with a mission, unfiltered, over every mission or over one dispositif, are the persons' tables' beneficiaries
     * (T01's total row).
     */
    private static String mission(String quantite, SortedMap<String, String> conditions) {
        if (quantite.equals("Parts") && "Pacte".equals(conditions.get("dispositif"))
                || quantite.equals("Unités IMP") && "IMP".equals(conditions.get("dispositif"))) {
            conditions.remove("dispositif");
        }
        if (quantite.equals("Bénéficiaires") && conditions.isEmpty()) {
            return cle("P", quantite, conditions);
        }
        if (quantite.equals("Bénéficiaires") && conditions.size() == 1 && conditions.containsKey("dispositif")) {
            return cle("P", "Bénéficiaires " + conditions.get("dispositif"), new TreeMap<>());
        }
        return cle("M", quantite, conditions);
    }

    /** A slice's value as its dimension's table labels its row (T06 "038 Isère", T04 "Collège", T18 "Public"). */
    public static String libelleTranche(String dimension, String valeur, Map<String, String> departements) {
        return switch (dimension) {
            case SecretDesRapports.DEPARTEMENT -> departements.getOrDefault(valeur, valeur);
            case SecretDesRapports.NATURE -> Libelles.de("nature", valeur);
            default -> "PU".equals(valeur) ? "Public" : "Privé sous contrat";
        };
    }

    /** Département code → T06's label of its row ("038" → "038 Isère"), from T06's row labels. */
    public static Map<String, String> departements(List<String> lignesT06) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        lignesT06.stream().filter(l -> l.indexOf(' ') > 0).forEach(l -> m.put(l.substring(0, l.indexOf(' ')), l));
        return m;
    }

    private static String cle(String famille, String quantite, SortedMap<String, String> conditions) {
        return famille + "|" + quantite + "|" + conditions;
    }

    /** The condition's name of a dimension, as the report's tables name their rows and filters. */
    private static String nom(Dimension d) {
        return switch (d) {
            case SEXE -> "sexe";
            case TRANCHE_AGE -> "tranche";
            case CORPS -> "corps";
            case DISCIPLINE -> "discipline";
            case POPULATION -> "population";
            case DEGRE -> "degre";
            case NATURE -> "nature";
            case SECTEUR -> "secteur";
            case EDUCATION_PRIORITAIRE -> "ep";
            case DEPARTEMENT -> "departement";
            case DISPOSITIF -> "dispositif";
            case CATEGORIE_MISSION -> "categorie";
            case MISSION -> "mission";
            case TAUX_IMP -> "taux";
            case MODALITE -> "modalite";
        };
    }

    /** A value as the report labels it (the exploration's label but for these two). */
    private static String libelle(Dimension d, String code) {
        if (d == Dimension.DISCIPLINE && code.isEmpty()) {
            return "Sans discipline";
        }
        if (d == Dimension.TAUX_IMP && !code.isEmpty()) {
            return Libelles.de("taux", code);
        }
        return d.libelleValeur(code);
    }

    /** T07's "Pacte – Coordination", T20's "Anglais – IMP-COORD": split at the last dash (neither a code nor a category has one). */
    static List<String> decouper(String ligne, int parties) {
        if (parties == 1) {
            return List.of(ligne);
        }
        int i = ligne.lastIndexOf(" – ");
        return i < 0 ? null : List.of(ligne.substring(0, i), ligne.substring(i + 3));
    }
}
