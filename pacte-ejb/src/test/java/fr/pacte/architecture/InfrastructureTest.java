package fr.pacte.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every module built alike (issue 17, point 3): persistence code — the EntityManager, JDBC, Envers' reader — lives
 * in the module's {@code infrastructure} package, behind the repository interfaces its services and rules use.
 * Entities keep their mapping annotations.
 */
class InfrastructureTest {

    /** The application's classes; not the database module's tooling (migrations, demo), a test dependency here. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.pacte")
            .that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("fr.pacte.database.."));

    @Test
    void persistenceCodeStaysInInfrastructure() {
        noClasses().that().resideOutsideOfPackage("..infrastructure..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.envers.AuditReaderFactory")
                .because("architecture.md: repository interfaces, their JPA/SQL implementations under infrastructure")
                .check(CLASSES);
    }
}
