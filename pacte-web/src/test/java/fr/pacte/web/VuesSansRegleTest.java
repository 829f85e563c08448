package fr.pacte.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Screens and REST resources hold no rule (issue 17, point 4): they parse, call a facade and render. Quantities
 * (parts, IMP, hours, euros) are BigDecimal: a view that adds, subtracts, multiplies or divides them computes what the
 * domain must answer once for every entry point.
 */
class VuesSansRegleTest {

    private static final Set<String> ARITHMETIQUE = Set.of("add", "subtract", "multiply", "divide", "remainder", "negate");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.pacte.web");

    @Test
    void viewsAndResourcesDoNoArithmeticOnQuantities() {
        noClasses().that().resideInAPackage("fr.pacte.web..")
                .should().accessTargetWhere(DescribedPredicate.describe("BigDecimal arithmetic",
                        (JavaAccess<?> a) -> a.getTargetOwner().isEquivalentTo(BigDecimal.class)
                                && ARITHMETIQUE.contains(a.getTarget().getName())))
                .because("the domain computes quantities once; screens and the API show what it answers")
                .check(classes);
    }
}
