package fr.pacte.rapport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * Rend les modèles {@code /rapports/<nom>.jrxml} du classpath. Chaque modèle est compilé une seule fois
 * (une à plusieurs secondes) puis partagé : un JasperReport compilé se remplit sans risque depuis plusieurs threads.
 */
public final class RenduRapport {

    private static final String RACINE = "/rapports/";
    private static final Pattern NOM_MODELE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

    private final Map<String, JasperReport> modeles = new ConcurrentHashMap<>();

    /** Instance commune à l'application, pour ne compiler chaque modèle qu'une fois par JVM. */
    public static RenduRapport partage() {
        return Partage.INSTANCE;
    }

    /** Modèle compilé, depuis le cache. {@code nom} est relatif à /rapports/, sans extension. */
    public JasperReport modele(String nom) {
        if (nom == null || !NOM_MODELE.matcher(nom).matches()) {
            throw new RapportException("Nom de modèle invalide : " + nom);
        }
        return modeles.computeIfAbsent(nom, RenduRapport::compiler);
    }

    public JasperPrint remplir(String nom, Map<String, ?> parametres, JRDataSource source) {
        try {
            return JasperFillManager.fillReport(modele(nom), avecConventions(parametres), source);
        } catch (JRException e) {
            throw new RapportException("Remplissage du rapport « " + nom + " » impossible", e);
        }
    }

    public byte[] pdf(String nom, Map<String, ?> parametres, JRDataSource source) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        pdf(nom, parametres, source, sortie);
        return sortie.toByteArray();
    }

    /** Lignes de records, de Map ou de beans : voir {@link SourcesDonnees#de(Collection)}. */
    public byte[] pdf(String nom, Map<String, ?> parametres, Collection<?> lignes) {
        return pdf(nom, parametres, SourcesDonnees.de(lignes));
    }

    /** Écrit le PDF au fil de l'export ; le flux n'est pas fermé. */
    public void pdf(String nom, Map<String, ?> parametres, JRDataSource source, OutputStream sortie) {
        exporterPdf(remplir(nom, parametres, source), sortie);
    }

    public static void exporterPdf(JasperPrint impression, OutputStream sortie) {
        JRPdfExporter exporteur = new JRPdfExporter();
        exporteur.setExporterInput(new SimpleExporterInput(impression));
        exporteur.setExporterOutput(new SimpleOutputStreamExporterOutput(sortie));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataCreator("Pacte");
        exporteur.setConfiguration(configuration);
        try {
            exporteur.exportReport();
        } catch (JRException e) {
            throw new RapportException("Export PDF du rapport « " + impression.getName() + " » impossible", e);
        }
    }

    private static JasperReport compiler(String nom) {
        String chemin = RACINE + nom + ".jrxml";
        try (InputStream jrxml = RenduRapport.class.getResourceAsStream(chemin)) {
            if (jrxml == null) {
                throw new RapportException("Modèle de rapport introuvable : " + chemin);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException | IOException e) {
            throw new RapportException("Compilation du modèle " + chemin + " impossible", e);
        }
    }

    private static Map<String, Object> avecConventions(Map<String, ?> parametres) {
        Map<String, Object> complets = new HashMap<>(parametres);
        complets.putIfAbsent(JRParameter.REPORT_LOCALE, FormatFrancais.LOCALE);
        complets.putIfAbsent(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(FormatFrancais.FUSEAU));
        return complets;
    }

    private static final class Partage {
        private static final RenduRapport INSTANCE = new RenduRapport();
    }
}
