package fr.pacte.web.referentiel;

import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.referentiel.ImportReferentielService;
import fr.pacte.referentiel.JournalImport;
import fr.pacte.referentiel.TypeImport;
import fr.pacte.referentiel.importation.AnalyseurDepartements;
import fr.pacte.referentiel.importation.AnalyseurEtablissements;
import fr.pacte.referentiel.importation.AnalyseurPersonnels;
import fr.pacte.web.ImportEcran;
import fr.pacte.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The rectorat imports a référentiel file and reads the outcome: counts, or every error of a refused file. */
@Named
@ViewScoped
public class ImporterReferentielView extends ImportEcran {

    private static final int IMPORTS_AFFICHES = 15;
    private static final Map<TypeImport, List<String>> COLONNES = Map.of(
            TypeImport.DEPARTEMENTS, AnalyseurDepartements.COLONNES,
            TypeImport.ETABLISSEMENTS, AnalyseurEtablissements.COLONNES,
            TypeImport.PERSONNELS, AnalyseurPersonnels.COLONNES);
    private static final Map<TypeImport, List<String>> FACULTATIVES = Map.of(
            TypeImport.ETABLISSEMENTS, AnalyseurEtablissements.COLONNES_FACULTATIVES,
            TypeImport.PERSONNELS, AnalyseurPersonnels.COLONNES_FACULTATIVES);

    @Inject
    private ImportReferentielService imports;

    private TypeImport type = TypeImport.ETABLISSEMENTS;
    private List<JournalImport> journal;

    @PostConstruct
    void charger() {
        journal = imports.journal(IMPORTS_AFFICHES);
    }

    public void importer() {
        String nom = nomAcceptable();
        if (nom == null) {
            return;
        }
        RapportImport rapport;
        try (InputStream flux = contenuEnFlux()) {
            rapport = imports.importer(type, nom, flux);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setRapport(rapport);
        journal = imports.journal(IMPORTS_AFFICHES);
        if (rapport.accepte()) {
            Messages.info("Fichier importé", rapport.crees() + " création(s), " + rapport.modifies()
                    + " modification(s), " + rapport.inchanges() + " ligne(s) inchangée(s).");
        }
    }

    /** The errors as a spreadsheet, so that the user can work through them while fixing the file. */
    public StreamedContent exporterErreurs() {
        List<List<String>> lignes = getErreurs().stream()
                .map(e -> List.of(e.position(), e.colonne() == null ? "" : e.colonne(), e.regle()))
                .toList();
        byte[] contenu = EcritureTableau.csv(List.of("Ligne", "Colonne", "Règle"), lignes);
        return DefaultStreamedContent.builder()
                .name("erreurs-" + type.chemin() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) contenu.length)
                .stream(() -> new ByteArrayInputStream(contenu))
                .build();
    }

    public TypeImport[] getTypes() {
        return TypeImport.values();
    }

    public String getEnteteAttendue() {
        List<String> facultatives = FACULTATIVES.getOrDefault(type, List.of());
        return String.join(";", COLONNES.get(type)) + (facultatives.isEmpty() ? ""
                : " (colonnes facultatives, à la suite : " + String.join(";", facultatives) + ")");
    }

    public TypeImport getType() {
        return type;
    }

    public void setType(TypeImport type) {
        if (type != null) {
            this.type = type;
        }
    }

    public List<JournalImport> getJournal() {
        return journal;
    }
}
