package fr.pacte.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each module's SQL touches its own schema only (issue 17, point 4), except the read models declared here, each with
 * its reason, and the warehouse ETL, which reads every module by design. ArchUnit cannot see a join on another
 * module's table: this test reads the SQL the modules hold, in their string literals and text blocks.
 */
class SchemasSqlTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/pacte");
    private static final List<String> SCHEMAS =
            List.of("securite", "referentiel", "dotation", "demande", "mission", "paiement", "entrepot");
    private static final List<String> MODULES = List.of("securite", "referentiel", "dotation", "demande", "attribution",
            "lettre", "suivi", "paiement", "entrepot");

    /**
     * The three modules split from {@code mission} (issue 17) keep its schema: each owns its tables there, named
     * here. Renaming the schema would rewrite the functions and triggers of earlier migrations for no reader's gain.
     */
    private static final Map<String, Set<String>> TABLES_DU_SCHEMA_MISSION = Map.of(
            "attribution", Set.of("mission.attribution"),
            "lettre", Set.of("mission.lettre", "mission.lot_lettres"),
            "suivi", Set.of("mission.volontaire", "mission.conseils", "mission.suivi_heures", "mission.redeploiement",
                    "mission.bilan"));
    private static final Pattern LITTERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("\\b(" + String.join("|", SCHEMAS) + ")\\.([a-z_][a-z0-9_]*)\\b");
    private static final Pattern ECRITURE = Pattern.compile(
            "(?i)\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(" + String.join("|", SCHEMAS)
                    + ")\\.([a-z_][a-z0-9_]*)");

    /**
     * The tables of another module a module may read, and why. All are reference data of a module below it
     * (architecture.md), read in a join where a call through the facade per row would cost a query per row; the
     * warehouse ETL (entrepot) reads every module: that is its purpose.
     */
    private static final Map<String, Set<String>> LECTURES_DECLAREES = Map.of(
            // the scope an account names must exist; the établissements still without a chef's account.
            // securite depends on no module in Java: these reads are its only link to the referentiel (see the note)
            "securite", Set.of("referentiel.departement", "referentiel.circonscription", "referentiel.etablissement",
                    "referentiel.personnel"),
            "referentiel", Set.of(),
            // envelopes listed and totalled by département, with the établissement's name and staff
            "dotation", Set.of("referentiel.departement", "referentiel.etablissement", "referentiel.personnel"),
            "demande", Set.of(),
            // the consolidation: who holds which mission of the catalogue, where; the hours done (suivi) and the
            // volunteer flag beside each attribution, in the same page query instead of a call per row
            "attribution", Set.of("referentiel.etablissement", "referentiel.personnel", "referentiel.mission_campagne",
                    "mission.suivi_heures", "mission.volontaire"),
            // the letter's content: the attributions of the person, with the mission's wording and the établissement
            "lettre", Set.of("mission.attribution", "referentiel.circonscription", "referentiel.etablissement", "referentiel.personnel",
                    "referentiel.mission_adaptation", "referentiel.mission_campagne", "referentiel.taux_imp"),
            // the suivi page: each attribution of the établissement with its hours done and bilan
            "suivi", Set.of("mission.attribution", "referentiel.personnel", "referentiel.mission_campagne"),
            // the monthly run computed by PostgreSQL from the attributions (paiement.a_verser, issue 19) in one INSERT …
            // SELECT with the names payroll receives; the run's PDF summary grouped by département with its label
            "paiement", Set.of("mission.attribution", "referentiel.personnel", "referentiel.departement"),
            "entrepot", Set.of("*"));

    @Test
    void noModuleWritesIntoAnotherModulesSchema() throws IOException {
        List<String> ecarts = new ArrayList<>();
        for (String module : MODULES) {
            for (Path fichier : fichiers(module)) {
                for (String sql : sql(fichier)) {
                    Matcher m = ECRITURE.matcher(sql);
                    while (m.find()) {
                        if (!possede(module, m.group(1), m.group(2))) {
                            ecarts.add(SOURCES.relativize(fichier) + " écrit dans " + m.group(1) + "." + m.group(2));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), ecarts, "a module writes only its own tables; another's go through its facade");
    }

    @Test
    void aModuleReadsAnotherModulesTablesOnlyThroughTheDeclaredReadModels() throws IOException {
        List<String> ecarts = new ArrayList<>();
        for (String module : MODULES) {
            Set<String> permises = LECTURES_DECLAREES.get(module);
            if (permises.contains("*")) {
                continue;
            }
            for (Path fichier : fichiers(module)) {
                for (String table : tablesEtrangeres(module, fichier)) {
                    if (!permises.contains(table)) {
                        ecarts.add(SOURCES.relativize(fichier) + " lit " + table);
                    }
                }
            }
        }
        assertEquals(List.of(), ecarts, "declare the read model in LECTURES_DECLAREES with its reason, or call the facade");
    }

    @Test
    void everyDeclaredReadModelIsStillRead() throws IOException {
        for (String module : MODULES) {
            Set<String> lues = new TreeSet<>();
            for (Path fichier : fichiers(module)) {
                lues.addAll(tablesEtrangeres(module, fichier));
            }
            Set<String> declarees = new TreeSet<>(LECTURES_DECLAREES.get(module));
            declarees.remove("*");
            declarees.removeAll(lues);
            assertTrue(declarees.isEmpty(), module + " no longer reads " + declarees + ": remove the declaration");
        }
    }

    @Test
    void theTestSeesTheSqlOfTheModules() throws IOException {
        Set<String> etrangeres = new TreeSet<>();
        for (Path fichier : fichiers("entrepot")) {
            etrangeres.addAll(tablesEtrangeres("entrepot", fichier));
        }
        assertTrue(etrangeres.contains("mission.attribution"), "the ETL's reads are found: " + etrangeres);
    }

    private static Set<String> tablesEtrangeres(String module, Path fichier) throws IOException {
        Set<String> tables = new TreeSet<>();
        for (String sql : sql(fichier)) {
            Matcher m = TABLE.matcher(sql);
            while (m.find()) {
                if (!possede(module, m.group(1), m.group(2))) {
                    tables.add(m.group(1) + "." + m.group(2));
                }
            }
        }
        return tables;
    }

    /** Whether the table is the module's own: its schema, or in {@code mission} one of the tables it owns there. */
    private static boolean possede(String module, String schema, String table) {
        if (schema.equals("mission")) {
            return TABLES_DU_SCHEMA_MISSION.getOrDefault(module, Set.of()).contains(schema + "." + table);
        }
        return schema.equals(module);
    }

    /** The string literals and text blocks of a source file: where its SQL is. */
    private static List<String> sql(Path fichier) throws IOException {
        List<String> textes = new ArrayList<>();
        Matcher m = LITTERAL.matcher(Files.readString(fichier));
        while (m.find()) {
            textes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return textes;
    }

    private static List<Path> fichiers(String module) throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES.resolve(module))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
