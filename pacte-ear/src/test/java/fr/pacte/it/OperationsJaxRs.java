package fr.pacte.it;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The JAX-RS operations of the deployed WAR, read by reflection from the very EAR the tests deploy: every class with a
 * {@code @Path} and every method annotated with an HTTP method, as "GET /pacte/api/campagnes/{id}" (the context root and application path
 * included, path parameters without their regular expression, as OpenAPI writes them).
 */
final class OperationsJaxRs {

    private OperationsJaxRs() {
    }

    static SortedSet<String> du(String ear, String applicationPath) {
        try {
            java.nio.file.Path classes = Files.createTempDirectory("pacte-web-classes");
            extraireClasses(ear, classes);
            SortedSet<String> operations = new TreeSet<>();
            try (URLClassLoader chargeur = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    OperationsJaxRs.class.getClassLoader()); var fichiers = Files.walk(classes)) {
                for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) fichiers::iterator) {
                    String nom = classes.relativize(f).toString();
                    // only classes that name @Path are loaded: the others may need what the server alone provides
                    if (!nom.endsWith(".class") || nom.contains("$") || !nommePath(f)) {
                        continue;
                    }
                    Class<?> c = Class.forName(nom.replace('/', '.').replace(".class", ""), false, chargeur);
                    Path racine = c.getAnnotation(Path.class);
                    if (racine == null) {
                        continue;
                    }
                    for (Method m : c.getDeclaredMethods()) {
                        String verbe = verbe(m);
                        if (verbe != null) {
                            Path p = m.getAnnotation(Path.class);
                            operations.add(verbe + " " + chemin(applicationPath, racine.value(), p == null ? "" : p.value()));
                        }
                    }
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean nommePath(java.nio.file.Path classe) throws IOException {
        return new String(Files.readAllBytes(classe), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Ljakarta/ws/rs/Path;");
    }

    private static String verbe(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    static String chemin(String... morceaux) {
        String joint = String.join("/", morceaux).replaceAll("/+", "/");
        // "{id: [0-9]+}" is written "{id}" in OpenAPI
        joint = joint.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        if (joint.length() > 1 && joint.endsWith("/")) {
            joint = joint.substring(0, joint.length() - 1);
        }
        return joint.startsWith("/") ? joint : "/" + joint;
    }

    /** WEB-INF/classes of the EAR's WAR, into {@code cible}. */
    private static void extraireClasses(String ear, java.nio.file.Path cible) throws IOException {
        try (JarFile archive = new JarFile(ear)) {
            Enumeration<JarEntry> entrees = archive.entries();
            while (entrees.hasMoreElements()) {
                JarEntry e = entrees.nextElement();
                if (e.getName().endsWith(".war")) {
                    try (ZipInputStream war = new ZipInputStream(archive.getInputStream(e))) {
                        for (ZipEntry w; (w = war.getNextEntry()) != null; ) {
                            if (!w.isDirectory() && w.getName().startsWith("WEB-INF/classes/")) {
                                copier(war, cible.resolve(w.getName().substring("WEB-INF/classes/".length())));
                            }
                        }
                    }
                }
            }
        }
    }

    private static void copier(InputStream in, java.nio.file.Path dest) throws IOException {
        Files.createDirectories(dest.getParent());
        Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
    }
}
