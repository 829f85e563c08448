package fr.pacte.web.entrepot;

import fr.pacte.entrepot.EntrepotService;
import fr.pacte.entrepot.ExportStatistiques;
import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.LigneStatistique;
import fr.pacte.entrepot.RapportStatistique;
import fr.pacte.entrepot.TableauStatistique;
import fr.pacte.rapport.Graphique;
import fr.pacte.rapport.RapportsPacte;
import fr.pacte.rapport.TableauRapport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the annual report in its three formats from the same masked tables, and journals each edition with its
 * parameters. PDF: JasperReports; XLSX: one sheet per table; CSV: a ZIP with one file per table.
 */
@ApplicationScoped
public class EditionRapport {

    public enum Format {
        PDF("application/pdf", "pdf"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("application/zip", "csv.zip");

        public final String type;
        public final String extension;

        Format(String type, String extension) {
            this.type = type;
            this.extension = extension;
        }
    }

    /** Tables drawn as a chart (code → column of the value and its unit). */
    private static final Map<String, Object[]> GRAPHIQUES = Map.of(
            "T04", new Object[]{2, "%", "Part des personnels ayant au moins une mission (%)"},
            "T07", new Object[]{0, "", "Nombre de missions"},
            "T15", new Object[]{2, "%", "Parts consommées (%)"});

    private static final String DEFINITIONS = """
            Source : application Pacte de l'académie — attributions en vigueur (hors annulées), référentiel des \
            personnels et des établissements, enveloppes notifiées et échéanciers de paiement, chargés dans \
            l'entrepôt statistique (schéma entrepot) par le traitement de chargement ; aucune donnée nominative.

            Personnels : agents du référentiel de l'académie, selon leur établissement d'affectation. Âge au premier \
            jour de la campagne. Bénéficiaire : personnel ayant au moins une mission du Pacte ou une IMP, rémunérée \
            ou en décharge. Signataire : personnel ayant au moins une part du Pacte.

            Montant engagé : parts × montant de la part de la campagne, IMP à leur taux annuel ; une IMP en \
            décharge de service ne se paie pas en euros (heures hebdomadaires). Montant versé : échéances des \
            échéanciers, régularisations comprises.

            Secret statistique : toute cellule comptant moins de %d personnes est remplacée par « s », ainsi que \
            les cellules masquées en complément pour qu'aucune ne puisse être recalculée à partir des totaux. \
            Les fichiers XLSX et CSV portent exactement les mêmes cellules masquées.

            Signes conventionnels : « s » secret statistique (la valeur existe mais n'est pas publiée) ; « — » sans \
            objet (la valeur n'est pas définie : pas de valeur pour la campagne précédente, ou division par zéro, \
            comme une évolution par rapport à zéro ; aucune personne n'est cachée).""";

    @Inject
    private EntrepotService entrepot;

    public RapportStatistique rapport(String annee, FiltreStatistiques filtre) {
        return entrepot.rapport(annee, filtre);
    }

    public byte[] produire(RapportStatistique r, Format format) {
        long debut = System.nanoTime();
        byte[] contenu = switch (format) {
            case PDF -> pdf(r);
            case XLSX -> ExportStatistiques.xlsx(r);
            case CSV -> ExportStatistiques.csvZip(r);
        };
        entrepot.journaliserEdition(r, format.name(), (System.nanoTime() - debut) / 1_000_000);
        return contenu;
    }

    public static String nomFichier(RapportStatistique r, Format format) {
        return "rapport-annuel-" + r.annee() + "." + format.extension;
    }

    /** The masked tables as the PDF prints them, with their charts. */
    public static List<TableauRapport> tableaux(RapportStatistique r) {
        List<TableauRapport> tableaux = new ArrayList<>();
        for (TableauStatistique t : r.tableaux()) {
            tableaux.add(new TableauRapport(t.code(), t.titre(), t.definition(), t.entetes(), t.texte(), graphique(t)));
        }
        return tableaux;
    }

    public static byte[] pdf(RapportStatistique r) {
        List<TableauRapport> tableaux = tableaux(r);
        String sousTitre = "Campagne " + r.annee() + (r.precedente() == null ? "" : " (comparée à " + r.precedente() + ")")
                + " — " + r.filtre().libelle() + " — secret statistique : moins de " + r.seuil() + " personnes";
        return new RapportsPacte().rapportAnnuelPdf("Missions du Pacte et IMP : rapport statistique annuel",
                sousTitre, DEFINITIONS.formatted(r.seuil()), tableaux);
    }

    private static Graphique graphique(TableauStatistique t) {
        Object[] g = GRAPHIQUES.get(t.code());
        if (g == null) {
            return null;
        }
        int colonne = (Integer) g[0];
        List<String> libelles = new ArrayList<>();
        List<Double> valeurs = new ArrayList<>();
        for (LigneStatistique l : t.lignes()) {
            if (!l.total()) {
                libelles.add(l.libelle());
                BigDecimal v = l.valeurs().get(colonne);
                // null: masked ("s"); NaN: not defined ("—")
                if (v != null) {
                    valeurs.add(v.doubleValue());
                } else {
                    valeurs.add(l.masquee(colonne) ? null : Double.valueOf(Double.NaN));
                }
            }
        }
        return new Graphique((String) g[2], libelles, valeurs, (String) g[1]);
    }
}
