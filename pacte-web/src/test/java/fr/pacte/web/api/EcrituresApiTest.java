package fr.pacte.web.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 2: every write of the API declares what it consumes, and never a type a plain HTML form of another
 * site can send (text/plain, application/x-www-form-urlencoded, multipart/form-data): such a post answers 415.
 */
class EcrituresApiTest {

    private static final List<String> TYPES_DE_FORMULAIRE = List.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data", "*/*", "text/*");

    @Test
    void chaqueEcritureDeclareCeQuElleConsommeEtRienQuUnFormulaireEnvoie() {
        List<String> fautes = new ArrayList<>();
        int ecritures = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.pacte.web")) {
            Class<?> classe = c.reflect();
            if (!classe.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : classe.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(PUT.class)
                        && !m.isAnnotationPresent(PATCH.class) && !m.isAnnotationPresent(DELETE.class)) {
                    continue;
                }
                ecritures++;
                Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                        : classe.getAnnotation(Consumes.class);
                String nom = classe.getSimpleName() + "." + m.getName();
                if (consumes == null) {
                    fautes.add(nom + " : aucun @Consumes");
                } else if (Arrays.stream(consumes.value()).map(t -> t.toLowerCase(Locale.ROOT))
                        .anyMatch(t -> TYPES_DE_FORMULAIRE.stream().anyMatch(t::startsWith))) {
                    fautes.add(nom + " : " + Arrays.toString(consumes.value()));
                }
            }
        }
        assertTrue(ecritures > 30, "écritures trouvées : " + ecritures);
        assertTrue(fautes.isEmpty(), String.join("\n", fautes));
    }
}
