package fr.pacte.web.dotation;

import fr.pacte.commun.Page;
import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.FiltreDotations;
import fr.pacte.dotation.ImportDotationsService;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.dotation.Quantites;
import fr.pacte.web.ImportEcran;
import fr.pacte.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Files of the distribution screen: the filtered table as XLSX or CSV, the envelopes in the import format
 * ({@code annee_scolaire;uai;parts_pacte;imp_taux_base}), and the all-or-nothing import of such a file.
 */
@Named
@ViewScoped
public class FichiersDotationView extends ImportEcran {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final List<String> ENTETES = List.of("UAI", "Dénomination", "Nature", "Département",
            "Éducation prioritaire", "Personnels", "Voie", "Parts N-1", "IMP N-1", "Parts consommées N-1",
            "IMP consommés N-1", "Parts", "IMP", "Décharge (heures)");
    private static final List<String> COLONNES_IMPORT = List.of("annee_scolaire", "uai", "parts_pacte", "imp_taux_base");

    @Inject
    private DotationService dotations;
    @Inject
    private ImportDotationsService imports;
    @Inject
    private DistribuerEnveloppesView ecran;
    @Inject
    private TotauxDotationView totaux;


    public StreamedContent exporterXlsx() {
        return fichier("xlsx", XLSX, EcritureTableau.xlsx("Enveloppes " + ecran.getAnnee(), ENTETES,
                lignes(FichiersDotationView::colonnes)));
    }

    public StreamedContent exporterCsv() {
        return fichier("csv", CSV, EcritureTableau.csv(ENTETES, lignes(FichiersDotationView::colonnes)));
    }

    /** The envelopes in the very format the import reads back. */
    public StreamedContent exporterEnveloppes() {
        String annee = ecran.getAnnee();
        return fichier("import.csv", CSV, EcritureTableau.csv(COLONNES_IMPORT, lignes(l -> List.of(annee, l.uai(),
                Quantites.format(l.parts()), Quantites.format(l.imp())))));
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

    /** The whole filtered selection, page by page; numbers without grouping so that spreadsheets and the import read them. */
    private List<List<String>> lignes(Function<LigneDotation, List<String>> colonnes) {
        FiltreDotations f = ecran.getCriteres().filtre("uai", true);
        List<List<String>> lignes = new ArrayList<>();
        Page<LigneDotation> page;
        int numero = 0;
        do {
            page = dotations.lignes(ecran.getAnnee(), f, numero++, Page.TAILLE_MAX);
            page.elements().forEach(l -> lignes.add(colonnes.apply(l)));
        } while (!page.elements().isEmpty() && lignes.size() < page.total());
        return lignes;
    }

    private static List<String> colonnes(LigneDotation l) {
        return List.of(l.uai(), l.denomination(), l.nature(), l.departement(), l.educationPrioritaire(),
                String.valueOf(l.personnels()), l.voie() == null ? "" : l.voie().libelle(),
                Quantites.format(l.partsN1()), Quantites.format(l.impN1()),
                Quantites.format(l.partsConsommeesN1()), Quantites.format(l.impConsommesN1()),
                Quantites.format(l.parts()), Quantites.format(l.imp()),
                Quantites.format(l.dechargeHeures()));
    }

    private StreamedContent fichier(String extension, String type, byte[] contenu) {
        return DefaultStreamedContent.builder()
                .name("enveloppes-" + ecran.getAnnee() + "." + extension)
                .contentType(type)
                .contentLength((long) contenu.length)
                .stream(() -> new ByteArrayInputStream(contenu))
                .build();
    }

    public String getEnteteImport() {
        return String.join(";", COLONNES_IMPORT);
    }
}
