package fr.pacte.web.dotation;

import fr.pacte.commun.RapportImport;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.ExportDotations;
import fr.pacte.dotation.FiltreDotations;
import fr.pacte.dotation.ImportDotationsService;
import fr.pacte.web.ImportEcran;
import fr.pacte.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Files of the distribution screen: the filtered table as XLSX or CSV, the envelopes in the import format
 * ({@code annee_scolaire;uai;parts_pacte;imp_taux_base}), and the all-or-nothing import of such a file.
 */
@Named
@ViewScoped
public class FichiersDotationView extends ImportEcran {

    @Inject
    private DotationService dotations;
    @Inject
    private ImportDotationsService imports;
    @Inject
    private DistribuerEnveloppesView ecran;
    @Inject
    private TotauxDotationView totaux;

    public StreamedContent exporterXlsx() {
        return fichier(ExportDotations.TABLEAU_XLSX);
    }

    public StreamedContent exporterCsv() {
        return fichier(ExportDotations.TABLEAU_CSV);
    }

    /** The envelopes in the very format the import reads back. */
    public StreamedContent exporterEnveloppes() {
        return fichier(ExportDotations.IMPORT_CSV);
    }

    public void importer() {
        setRapport(null);
        String nom = nomAcceptable();
        if (nom == null) {
            return;
        }
        RapportImport rapport = imports.importer(nom, contenuLu());
        setRapport(rapport);
        if (rapport.accepte()) {
            Messages.info("Fichier importé", rapport.crees() + " enveloppe(s) fixée(s) pour la première fois, "
                    + rapport.modifies() + " modifiée(s), " + rapport.inchanges() + " inchangée(s).");
            totaux.recharger(ecran.getAnnee());
            ecran.premierePage();
        }
    }

    /** Written by the service straight into the download as it reads the rows (one query, one transaction). */
    private StreamedContent fichier(ExportDotations fichier) {
        String annee = ecran.getAnnee();
        FiltreDotations f = ecran.getCriteres().filtre("uai", true);
        return DefaultStreamedContent.builder().name(fichier.nom(annee)).contentType(fichier.format().type())
                .writer(sortie -> dotations.exporter(annee, f, fichier, sortie)).build();
    }

    public String getEnteteImport() {
        return String.join(";", ExportDotations.COLONNES_IMPORT);
    }
}
