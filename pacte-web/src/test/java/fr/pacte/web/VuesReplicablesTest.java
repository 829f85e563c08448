package fr.pacte.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages' beans live in the HTTP session, which two nodes replicate (issue 20, web.xml's distributable): what
 * such a bean holds, and what that holds in turn, must be serializable, or the session stops replicating and the user
 * of a node that dies is logged out (GrappeIT found {@code Campagne} held by the home page). Injected services are
 * proxies the container serializes; transient fields are rebuilt.
 */
class VuesReplicablesTest {

    /** Interfaces of java.util whose implementations the views use (ArrayList, HashMap, List.of…) are serializable. */
    private static final Set<Class<?>> CONTENANTS = Set.of(List.class, Set.class, Map.class, Collection.class);

    @Test
    void whatThePagesBeansHoldIsSerializable() {
        List<String> ecarts = new ArrayList<>();
        Set<Class<?>> vus = new HashSet<>();
        int vues = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.pacte.web")) {
            Class<?> classe = c.reflect();
            if (classe.isAnnotationPresent(ViewScoped.class) || classe.isAnnotationPresent(SessionScoped.class)) {
                vues++;
                if (!Serializable.class.isAssignableFrom(classe)) {
                    ecarts.add(classe.getName() + " n'est pas Serializable");
                }
                champs(classe, classe.getSimpleName(), vus, ecarts);
            }
        }
        assertTrue(vues > 20, "les vues de pacte-web : " + vues);
        assertEquals(List.of(), ecarts, "non sérialisables, donc non répliqués entre les nœuds");
    }

    private static void champs(Class<?> classe, String chemin, Set<Class<?>> vus, List<String> ecarts) {
        if (!vus.add(classe)) {
            return;
        }
        // the fields of our classes; a library's (PrimeFaces' LazyDataModel…) are its own concern
        for (Class<?> c = classe; c != null && c.getName().startsWith("fr.pacte."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)
                        || f.isAnnotationPresent(Resource.class) || f.isSynthetic()) {
                    continue;
                }
                type(f.getGenericType(), chemin + "." + f.getName(), vus, ecarts);
            }
        }
    }

    private static void type(Type type, String chemin, Set<Class<?>> vus, List<String> ecarts) {
        if (type instanceof ParameterizedType p) {
            type(p.getRawType(), chemin, vus, ecarts);
            for (Type argument : p.getActualTypeArguments()) {
                type(argument, chemin + "<>", vus, ecarts);
            }
        } else if (type instanceof GenericArrayType a) {
            type(a.getGenericComponentType(), chemin + "[]", vus, ecarts);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                type(c.getComponentType(), chemin + "[]", vus, ecarts);
            } else if (!c.isPrimitive() && !CONTENANTS.contains(c)) {
                if (!Serializable.class.isAssignableFrom(c)) {
                    ecarts.add(chemin + " : " + c.getName());
                } else if (c.getName().startsWith("fr.pacte.")) {
                    champs(c, chemin, vus, ecarts);
                }
            }
        }
        // type variables and wildcards: their bounds are checked where they are bound
    }
}
