package fr.pacte.paiement;

import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.Personnel;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.rapport.LigneSynthesePaiement;
import fr.pacte.rapport.RapportsPacte;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The payment file of a month (CSV and XLSX, same columns) and its PDF summary by département and dispositif. */
@Dependent
public class FichiersPaiement {

    static final List<String> COLONNES = List.of("identifiant", "nom", "prenom", "uai", "dispositif", "code_mission",
            "taux", "mois", "montant", "regularisation");

    private static final DateTimeFormatter MOIS_LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    @Inject
    private ReferentielService referentiel;

    /** Fills the run's files from its lines, already in the file's order. */
    void produire(Execution execution, List<LigneEcheance> lignes) {
        ExecutionVue vue = execution.vue();
        Map<String, Personnel> personnes = referentiel.personnelsParIdentifiant(
                lignes.stream().map(LigneEcheance::identifiant).collect(Collectors.toSet()));
        List<List<String>> table = new ArrayList<>(lignes.size());
        for (LigneEcheance l : lignes) {
            Personnel p = personnes.get(l.identifiant());
            table.add(List.of(l.identifiant(), p == null ? "" : p.nom(), p == null ? "" : p.prenom(), l.uai(),
                    l.dispositif(), l.codeMission(), l.taux().replace('.', ','), l.mois().toString(),
                    l.montant().toPlainString().replace('.', ','), l.regularisation() ? "oui" : "non"));
        }
        BigDecimal total = Releve.somme(lignes);
        String titre = "Paiements de " + vue.mois().format(MOIS_LONG);
        byte[] pdf = new RapportsPacte().synthesePaiementsPdf(titre, "Année scolaire " + vue.anneeScolaire()
                        + " – " + lignes.size() + " lignes envoyées à la paie",
                Date.from(vue.executeeLe().toInstant()), synthese(lignes));
        execution.fichiers(lignes.size(), total, EcritureTableau.csv(COLONNES, table),
                EcritureTableau.xlsx("Paiements " + vue.mois(), COLONNES, table), pdf);
    }

    private List<LigneSynthesePaiement> synthese(List<LigneEcheance> lignes) {
        Map<String, String> libelles = referentiel.departements().stream()
                .collect(Collectors.toMap(Departement::code, Departement::libelle, (a, b) -> a));
        Map<String, List<LigneEcheance>> groupes = new TreeMap<>(lignes.stream()
                .collect(Collectors.groupingBy(l -> l.departement() + "|" + l.dispositif(), Collectors.toList())));
        List<LigneSynthesePaiement> synthese = new ArrayList<>();
        groupes.forEach((cle, groupe) -> {
            String departement = cle.substring(0, 3);
            synthese.add(new LigneSynthesePaiement(departement + " – " + libelles.getOrDefault(departement, ""),
                    cle.substring(4), groupe.size(), Releve.somme(groupe),
                    Releve.somme(groupe.stream().filter(LigneEcheance::regularisation).toList())));
        });
        return synthese;
    }
}
