package fr.pacte.commun.tableur;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** Reads a ';'-separated CSV in UTF-8 (with or without BOM) or Windows-1252, as Excel saves it in France. */
final class LecteurCsv {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // Empty lines are kept so that each record's start line is "lines consumed so far + 1".
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .get();

    private LecteurCsv() {
    }

    static void lire(byte[] contenu, ConstructeurTableau constructeur) {
        lire(new StringReader(decoder(contenu)), constructeur);
    }

    /**
     * The same, streamed from a file (never held whole in memory): a first pass tells UTF-8 from Windows-1252 as
     * {@link #decoder} does, the second parses.
     */
    static void lire(Path fichier, ConstructeurTableau constructeur) {
        try {
            byte[] debut;
            try (InputStream in = Files.newInputStream(fichier)) {
                debut = in.readNBytes(3);
            }
            if (LecteurTableau.commencePar(debut, 0xFF, 0xFE) || LecteurTableau.commencePar(debut, 0xFE, 0xFF)) {
                decoder(debut); // refuses UTF-16 with the usual message
            }
            boolean bom = LecteurTableau.commencePar(debut, 0xEF, 0xBB, 0xBF);
            Charset encodage = bom || utf8(fichier) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(fichier), 1 << 16)) {
                in.skipNBytes(bom ? 3 : 0);
                lire(new InputStreamReader(in, encodage), constructeur);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean utf8(Path fichier) throws IOException {
        CharsetDecoder decodeur = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(Files.newInputStream(fichier), decodeur)) {
            char[] tampon = new char[1 << 16];
            while (r.read(tampon) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void lire(Reader lecteur, ConstructeurTableau constructeur) {
        try (CSVParser parser = CSVParser.builder().setReader(lecteur).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                int numero = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    throw guillemets(numero, e);
                }
                List<String> cellules = record.toList();
                if (!constructeur.enteteLu()) {
                    verifierSeparateur(numero, cellules);
                }
                constructeur.ligne(numero, cellules);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decoder(byte[] contenu) {
        if (LecteurTableau.commencePar(contenu, 0xEF, 0xBB, 0xBF)) {
            return new String(contenu, 3, contenu.length - 3, StandardCharsets.UTF_8);
        }
        if (LecteurTableau.commencePar(contenu, 0xFF, 0xFE) || LecteurTableau.commencePar(contenu, 0xFE, 0xFF)) {
            throw new ImportRefuseException(ErreurImport.fichier(null,
                    "encodage UTF-16 non pris en charge : enregistrez le fichier au format CSV UTF-8 ou XLSX"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(contenu))
                    .toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: Excel's "CSV (séparateur : point-virgule)" writes Windows-1252.
            return new String(contenu, WINDOWS_1252);
        }
    }

    private static void verifierSeparateur(int numero, List<String> entete) {
        if (entete.size() == 1 && (entete.get(0).contains(",") || entete.get(0).contains("\t"))) {
            throw new ImportRefuseException(new ErreurImport(numero, null,
                    "séparateur incorrect : les colonnes doivent être séparées par des points-virgules « ; »"));
        }
    }

    private static ImportRefuseException guillemets(int numero, UncheckedIOException e) {
        String detail = String.valueOf(e.getMessage()).contains("EOF")
                ? "guillemet ouvert jamais refermé à partir de cette ligne"
                : "guillemets mal placés : un champ entre guillemets est suivi d'autres caractères";
        return new ImportRefuseException(new ErreurImport(numero, null, detail));
    }
}
