package fr.pacte.paiement;

import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.rapport.LigneSynthesePaiement;
import fr.pacte.rapport.RapportsPacte;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The payment file of a month (CSV and XLSX, same columns) and its PDF summary by département and dispositif, written
 * from the month's sent rows (names included, copied when the month was sent): one pass of a server-side cursor
 * feeds both the CSV and the streamed XLSX; the summary is one GROUP BY.
 */
@Dependent
public class FichiersPaiement {

    static final List<String> COLONNES = List.of("identifiant", "nom", "prenom", "uai", "dispositif", "code_mission",
            "taux", "mois", "montant", "regularisation");

    private static final DateTimeFormatter MOIS_LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    private static final int PAS_PROGRESSION = 5_000;

    @Inject
    private EcheanceRepository echeances;

    /** Writes the run's files; {@code progression} receives the percentage of lines written from time to time. */
    void produire(Execution execution, IntConsumer progression) {
        ExecutionVue vue = execution.vue();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        int[] ecrites = {0};
        EcritureTableau.csv(COLONNES, versCsv -> EcritureTableau.xlsx("Paiements " + vue.mois(), COLONNES, versXlsx ->
                echeances.lignesDuFichier(vue.id(), l -> {
                    List<String> ligne = ligne(l);
                    versCsv.accept(ligne);
                    versXlsx.accept(ligne);
                    if (++ecrites[0] % PAS_PROGRESSION == 0) {
                        // the last percent is the PDF and the commit
                        progression.accept(Math.min(99, (int) (ecrites[0] * 100L / Math.max(1, vue.lignes()))));
                    }
                }), xlsx), csv);
        String titre = "Paiements de " + vue.mois().format(MOIS_LONG);
        byte[] pdf = new RapportsPacte().synthesePaiementsPdf(titre, "Année scolaire " + vue.anneeScolaire()
                        + " – " + vue.lignes() + " lignes envoyées à la paie",
                Date.from(vue.executeeLe().toInstant()), synthese(vue.id()));
        execution.fichiers(csv.toByteArray(), xlsx.toByteArray(), pdf);
    }

    private static List<String> ligne(EcheanceRepository.LigneFichier l) {
        return List.of(l.identifiant(), l.nom(), l.prenom(), l.uai(), l.dispositif(), l.codeMission(),
                l.taux().replace('.', ','), l.mois().toString(), l.montant().toPlainString().replace('.', ','),
                l.regularisation() ? "oui" : "non");
    }

    private List<LigneSynthesePaiement> synthese(long execution) {
        return echeances.totauxParDepartement(execution).stream()
                .map(t -> new LigneSynthesePaiement(t.departement() + " – " + t.libelle(), t.dispositif(), t.lignes(),
                        t.montant(), t.regularisations()))
                .toList();
    }
}
