package fr.pacte.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.pacte.commun.Refus;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * One refusal type (issue 17, point 3): every exception a module publishes is a {@link Refus} (message, field, motif),
 * so the web layer answers all of them with one mapper.
 */
class RefusTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.pacte");

    @Test
    void everyExceptionOfTheModulesIsARefusal() {
        // a report that fails to render (pacte-reports' RapportException) is a server error, not a refusal
        classes().that().areAssignableTo(RuntimeException.class).and().areNotAssignableFrom(Refus.class)
                .and().resideOutsideOfPackage("fr.pacte.rapport..")
                .should().beAssignableTo(Refus.class)
                .because("architecture: one refusal type in commun, with one mapper to 422/409/403/404")
                .check(CLASSES);
    }
}
