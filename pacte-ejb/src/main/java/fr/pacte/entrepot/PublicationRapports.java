package fr.pacte.entrepot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the annual report of a campaign once per load — every version the secret links (unfiltered and each
 * one-filter slice) of a population, masked together (issue 18) — and stores it; the screen and every download read
 * the stored tables. The default population (the DEPP's) is published at the end of each load; another population
 * the first time it is asked for, then read like the others.
 */
@ApplicationScoped
public class PublicationRapports {

    private static final int SEUIL_PAR_DEFAUT = 5;

    @Inject
    private StatistiquesRepository statistiques;

    @Inject
    private RapportPublieRepository publies;

    /** The report's masks by campaign, population, threshold and warehouse state (the exploration's). */
    private final Map<String, MasquesDuRapport> masquesEnCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The stored tables of this version of the report, computed and stored first if needed. */
    public List<TableauStatistique> tableaux(String annee, FiltreStatistiques filtre, int seuil) {
        long version = statistiques.version();
        Optional<List<TableauStatistique>> stocke = publies.trouver(annee, filtre, seuil, version);
        if (stocke.isPresent()) {
            return stocke.get();
        }
        verifierValeur(annee, filtre);
        return publier(annee, filtre.population(), seuil, version).get(filtre);
    }

    /** A slice is published only for a value of the campaign: the linked set has no other (issue 18). */
    private void verifierValeur(String annee, FiltreStatistiques f) {
        SecretDesRapports.Valeurs v = statistiques.valeurs(annee);
        if (f.departement() != null && !v.departements().contains(f.departement())) {
            throw new FiltreInvalideException("departement", "Département " + f.departement()
                    + " : aucun établissement de la campagne " + annee + " dans ce département.");
        }
        if (f.nature() != null && !v.natures().contains(f.nature())) {
            throw new FiltreInvalideException("nature", "Nature " + f.nature() + " : aucun établissement de cette nature"
                    + " dans la campagne " + annee + ".");
        }
        if (f.secteur() != null && !v.secteurs().contains(f.secteur())) {
            throw new FiltreInvalideException("secteur", "Secteur " + f.secteur() + " : aucun établissement de ce secteur"
                    + " dans la campagne " + annee + ".");
        }
    }

    /**
     * What the report of a campaign and population masks, in any of its versions (unfiltered and each slice): the
     * exploration masks the same numbers, and the sums of them it would otherwise publish (issue 18, point 4).
     */
    public MasquesDuRapport masques(String annee, Population population, int seuil) {
        long version = statistiques.version();
        String cle = annee + "|" + population + "|" + seuil + "|" + version;
        // one warehouse state at a time: a load changes the version, the masks of the former one are dropped
        masquesEnCache.keySet().removeIf(k -> !k.endsWith("|" + version));
        return masquesEnCache.computeIfAbsent(cle, k -> MasquesDuRapport.de(statistiques.rangsT07(annee),
                statistiques.valeurs(annee), population, f -> tableaux(annee, f, seuil)));
    }

    /** Threshold of the statistical secret (server setting {@code pacte.secret.seuil}, 5 by default). */
    public static int seuil() {
        return Integer.getInteger("pacte.secret.seuil", SEUIL_PAR_DEFAUT);
    }

    /**
     * Publishes the default population of the campaigns a load has just written ({@code annees}: comma-separated,
     * empty for all the campaigns loaded).
     */
    public void publierApresChargement(String annees) {
        List<String> chargees = statistiques.campagnesChargees();
        List<String> demandees = annees == null || annees.isBlank() ? chargees : List.of(annees.split(","));
        for (String annee : demandees) {
            if (chargees.contains(annee.trim())) {
                // stored already when a later campaign's T16 asked for it during this loop
                tableaux(annee.trim(), new FiltreStatistiques(null, null, null, Population.DEPP), seuil());
            }
        }
    }

    private Map<FiltreStatistiques, List<TableauStatistique>> publier(String annee, Population population, int seuil,
            long version) {
        Map<FiltreStatistiques, List<Grille>> calculees = new LinkedHashMap<>();
        Function<FiltreStatistiques, List<Grille>> memo = f -> calculees.computeIfAbsent(f, g -> statistiques.grilles(annee, g));
        SecretDesRapports.Masques m = SecretDesRapports.calculer(population, statistiques.valeurs(annee), seuil, memo,
                statistiques.rangsT07(annee));
        String precedente = statistiques.campagnePrecedente(annee).orElse(null);
        SecretDesRapports.Valeurs avant = precedente == null ? null : statistiques.valeurs(precedente);
        Map<FiltreStatistiques, List<TableauStatistique>> versions = new HashMap<>();
        calculees.forEach((f, g) -> {
            List<TableauStatistique> tableaux = new ArrayList<>(SecretDesRapports.publier(g, f, m));
            // N-1's same version, published (and stored) first if needed: T16 copies its cells with their masks
            List<TableauStatistique> nMoins1 = avant == null || !avant.contient(f) ? null : tableaux(precedente, f, seuil);
            tableaux.add(EvolutionPubliee.tableau(annee, precedente, tableaux, nMoins1));
            versions.put(f, tableaux);
        });
        publies.enregistrer(annee, seuil, version, versions);
        return versions;
    }
}
