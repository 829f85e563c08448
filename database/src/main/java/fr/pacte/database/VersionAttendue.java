package fr.pacte.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema version a deployment expects: the highest {@code V<n>__} migration (SQL script or Java class) of this
 * module. Written at build time into pacte-reports (the EAR's lib/, its pom), where the readiness check compares it with
 * {@code flyway_schema_history}: the migrations themselves are not deployed.
 */
public final class VersionAttendue {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__[^/]*\\.(sql|class)$");

    private VersionAttendue() {
    }

    /** @param args the properties file to write ({@code version=<n>}) */
    public static void main(String[] args) throws IOException {
        Path cible = Path.of(args[0]);
        Files.createDirectories(cible.getParent());
        Files.writeString(cible, "# highest migration of the database module, written at build time\nversion="
                + derniere() + "\n");
    }

    public static int derniere() {
        try {
            URI racine = Migrations.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path chemin = Path.of(racine);
            if (Files.isDirectory(chemin)) {
                return plusHaute(chemin);
            }
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + racine), Map.of())) {
                return plusHaute(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int plusHaute(Path racine) throws IOException {
        OptionalInt max;
        try (Stream<Path> fichiers = Stream.concat(Files.walk(racine.resolve("db/migration")),
                Files.walk(racine.resolve("fr/pacte/database/migration")))) {
            max = fichiers.map(p -> MIGRATION.matcher(p.getFileName() == null ? "" : p.getFileName().toString()))
                    .filter(Matcher::find).mapToInt(m -> Integer.parseInt(m.group(1))).max();
        }
        return max.orElseThrow(() -> new IllegalStateException("aucune migration sous " + racine));
    }
}
