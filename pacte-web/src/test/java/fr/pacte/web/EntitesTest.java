package fr.pacte.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * architecture.md: a module publishes facades, records, enums and exceptions; its JPA entities stay inside it and
 * views receive records. No entity is used outside its module (the web layer counts as one): the référentiel
 * publishes Campagne, Etablissement, Personnel, Departement… as records and keeps its *Entite classes to itself.
 */
class EntitesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.pacte");

    @Test
    void noEntityCrossesAModuleBoundary() {
        Set<String> traversent = new TreeSet<>();
        for (JavaClass c : classes) {
            c.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass cible = d.getTargetClass();
                if (cible.isAnnotatedWith("jakarta.persistence.Entity") && !module(cible).equals(module(c))) {
                    traversent.add(cible.getSimpleName());
                }
            });
        }
        assertEquals(Set.of(), traversent, "an entity outside its module: publish a record instead");
    }

    /** fr.pacte.web.… is the web layer; fr.pacte.<module>.… a business module. */
    private static String module(JavaClass c) {
        String[] p = c.getPackageName().split("\\.");
        return p.length > 2 ? p[2] : c.getPackageName();
    }
}
