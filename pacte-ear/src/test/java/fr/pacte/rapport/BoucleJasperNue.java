package fr.pacte.rapport;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The reference of the letters benchmark: a bare JasperReports loop (fillReport + exportReportToPdfStream) on the
 * compiled lettre-mission template, the parameters and lines prepared beforehand, as pacte-reports' BancLettres
 * does. In this package to reach ContenuLettre, so both sides print exactly the same letters.
 */
public final class BoucleJasperNue {

    private final JasperReport modele = RenduRapport.partage().modele(RapportsPacte.LETTRE_MISSION);
    private final List<Object[]> donnees = new ArrayList<>();

    /** Prepares a letter's parameters and lines; not timed. */
    public void ajouter(LettreDeMission lettre) {
        Map<String, Object> parametres = ContenuLettre.parametres(lettre);
        parametres.put(JRParameter.REPORT_LOCALE, FormatFrancais.LOCALE);
        parametres.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(FormatFrancais.FUSEAU));
        List<Map<String, ?>> lignes = new ArrayList<>();
        for (LigneLettre ligne : ContenuLettre.lignes(lettre)) {
            lignes.add(Map.of("nature", ligne.nature(), "texte", ligne.texte()));
        }
        donnees.add(new Object[]{parametres, lignes});
    }

    /** Renders the first {@code nombre} prepared letters to {@code sortie}; returns the elapsed nanoseconds. */
    @SuppressWarnings("unchecked")
    public long rendre(OutputStream sortie, int nombre) throws JRException {
        long debut = System.nanoTime();
        for (Object[] d : donnees.subList(0, Math.min(nombre, donnees.size()))) {
            JasperExportManager.exportReportToPdfStream(JasperFillManager.fillReport(modele,
                    new java.util.HashMap<>((Map<String, Object>) d[0]),
                    new JRMapCollectionDataSource((List<Map<String, ?>>) d[1])), sortie);
        }
        return System.nanoTime() - debut;
    }

    public int nombre() {
        return donnees.size();
    }
}
