package fr.pacte.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the modular monolith's boundaries (shared/architecture.md): dependencies point down the list of modules,
 * no cycle between modules, securite depends on nothing but commun, and a module reaches another only through its
 * facade, never its repositories or infrastructure.
 */
class ModulesTest {

    private static final List<String> MODULES =
            List.of("securite", "referentiel", "dotation", "demande", "attribution", "lettre", "suivi", "paiement",
                    "entrepot");

    /** What each module may use besides itself, securite and commun. */
    private static final Map<String, List<String>> PERMIS = Map.of(
            "securite", List.of(),
            "referentiel", List.of(),
            "dotation", List.of("referentiel"),
            "demande", List.of("dotation", "referentiel"),
            "attribution", List.of("dotation", "referentiel"),
            "lettre", List.of("attribution", "dotation", "referentiel"),
            "suivi", List.of("attribution", "dotation", "referentiel"),
            "paiement", List.of("attribution", "suivi", "referentiel"),
            "entrepot", List.of());

    private static JavaClasses classes;

    @BeforeAll
    static void importer() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.pacte");
    }

    @Test
    void modulesDependOnlyOnTheModulesBelowThem() {
        for (String module : MODULES) {
            List<String> interdits = MODULES.stream()
                    .filter(m -> !m.equals(module) && !m.equals("securite") && !PERMIS.get(module).contains(m))
                    .map(m -> "fr.pacte." + m + "..").toList();
            ArchRule regle = noClasses().that().resideInAPackage("fr.pacte." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(interdits.toArray(String[]::new))
                    .allowEmptyShould(true)
                    .because("architecture.md: " + module + " may use only " + PERMIS.get(module) + " and securite");
            regle.check(classes);
        }
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("fr.pacte.(*)..").should().beFreeOfCycles()
                .because("architecture.md: a module never depends, even indirectly, on a module that depends on it")
                .check(classes);
    }

    @Test
    void securiteDependsOnNothingButCommun() {
        noClasses().that().resideInAPackage("fr.pacte.securite..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULES.stream().filter(m -> !m.equals("securite"))
                        .map(m -> "fr.pacte." + m + "..").toArray(String[]::new))
                .because("architecture.md: every module may use securite, so securite may use none of them")
                .check(classes);
    }

    @Test
    void repositoriesAndInfrastructureStayInsideTheirModule() {
        for (String module : MODULES) {
            noClasses().that().resideOutsideOfPackage("fr.pacte." + module + "..")
                    .should().dependOnClassesThat(
                            com.tngtech.archunit.base.DescribedPredicate.describe(module + " repositories",
                                    c -> c.getPackageName().startsWith("fr.pacte." + module)
                                            && (c.getSimpleName().endsWith("Repository")
                                            || c.getPackageName().endsWith(".infrastructure"))))
                    .allowEmptyShould(true)
                    .because("a module talks to another only through its service facade")
                    .check(classes);
        }
    }

    @Test
    void sharedKernelDependsOnNoBusinessModule() {
        noClasses().that().resideInAPackage("fr.pacte.commun..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        MODULES.stream().map(m -> "fr.pacte." + m + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void servicesAreReachedThroughInterfaces() {
        classes().that().haveSimpleNameEndingWith("ServiceBean")
                .should().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a *Service facade",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getSimpleName().endsWith("Service")))
                .check(classes);
    }
}
