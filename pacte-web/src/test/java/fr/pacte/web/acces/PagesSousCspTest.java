package fr.pacte.web.acces;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the Content-Security-Policy would refuse on a page, found in the sources before a browser does: Facelets writes
 * plain HTML as it stands, so its inline {@code <script>} bodies and {@code on…} attributes get no nonce (PrimeFaces'
 * components' do); {@code javascript:} URLs never run; Mojarra's {@code f:ajax} and {@code h:commandLink} need eval
 * under CSP (PrimeFaces' documentation: use {@code p:ajax} and {@code p:commandLink}).
 */
class PagesSousCspTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    /** A start tag without a namespace prefix (plain HTML), with its attributes. */
    private static final Pattern BALISE_HTML = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?>");
    private static final Pattern ATTRIBUT_ON = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERDIT = Pattern.compile("<script\\b|javascript:|<f:ajax\\b|<h:commandLink\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void aucunePageNEcritDeScriptQueLaPolitiqueRefuserait() throws IOException {
        List<String> refus = new ArrayList<>();
        try (Stream<Path> fichiers = Files.walk(PAGES)) {
            for (Path f : fichiers.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                String page = Files.readString(f);
                Matcher balise = BALISE_HTML.matcher(page);
                while (balise.find()) {
                    if (balise.group(2) != null && ATTRIBUT_ON.matcher(balise.group(2)).find()) {
                        refus.add(PAGES.relativize(f) + " : " + balise.group());
                    }
                }
                Matcher interdit = INTERDIT.matcher(page);
                while (interdit.find()) {
                    refus.add(PAGES.relativize(f) + " : " + interdit.group());
                }
            }
        }
        assertEquals(List.of(), refus);
    }
}
