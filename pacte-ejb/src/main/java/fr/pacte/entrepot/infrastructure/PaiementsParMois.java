package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.Colonne;
import fr.pacte.entrepot.Grille;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Amounts paid by département (rows) and month of payment (columns), with both totals: the secret holds in both
 * directions. Months as columns keep the table printable at national scale (about a hundred départements).
 */
final class PaiementsParMois {

    private static final String TOTAL = "~";

    private final RequetesRapport requetes;

    PaiementsParMois(RequetesRapport requetes) {
        this.requetes = requetes;
    }

    Grille grille() throws SQLException {
        Map<String, String> mois = new LinkedHashMap<>();
        TreeSet<String> departements = new TreeSet<>();
        Map<String, BigDecimal> montants = new HashMap<>();
        Map<String, Long> personnes = new HashMap<>();
        try (PreparedStatement ps = requetes.preparer("""
                SELECT coalesce(to_char(f.mois, 'YYYY-MM'), '~'), coalesce(min(mo.libelle), to_char(f.mois, 'MM/YYYY')),
                       coalesce(f.departement_code || ' ' || min(e.departement_libelle), '~'), coalesce(sum(f.montant), 0),
                       count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_echeance f
                  LEFT JOIN entrepot.dim_mois mo ON mo.annee_scolaire = f.annee_scolaire AND mo.mois = f.mois
                  JOIN entrepot.dim_etablissement e ON e.annee_scolaire = f.annee_scolaire AND e.uai = f.uai
                  JOIN entrepot.dim_personnel p ON p.annee_scolaire = f.annee_scolaire AND p.personnel_cle = f.personnel_cle
                 WHERE f.annee_scolaire = :annee AND f.envoyee :filtre :population
                 GROUP BY GROUPING SETS ((f.mois, f.departement_code), (f.mois), (f.departement_code), ())
                 ORDER BY 1""", requetes.annee()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String m = rs.getString(1);
                String d = rs.getString(3);
                if (!m.equals(TOTAL)) {
                    mois.putIfAbsent(m, rs.getString(2));
                }
                if (!d.equals(TOTAL)) {
                    departements.add(d);
                }
                montants.put(m + "|" + d, rs.getBigDecimal(4));
                personnes.put(m + "|" + d, rs.getLong(5));
            }
        }
        List<String> colonnesMois = new ArrayList<>(mois.keySet());
        colonnesMois.add(TOTAL);
        List<Colonne> colonnes = colonnesMois.stream().map(m -> Colonne.additive(m.equals(TOTAL) ? "Total (€)"
                : mois.get(m), Colonne.Format.MONTANT)).toList();
        Grille g = new Grille("T11", "Montants versés selon le département et le mois",
                "Échéances envoyées en paie, régularisations comprises, par mois de paie (en euros).",
                "Département", colonnes);
        for (String d : departements) {
            g.ligne(d, valeurs(d, colonnesMois, montants), nombres(d, colonnesMois, personnes));
        }
        g.total("Ensemble", valeurs(TOTAL, colonnesMois, montants), nombres(TOTAL, colonnesMois, personnes));
        List<String> deps = colonnesMois;
        int[] sommees = new int[deps.size() - 1];
        for (int i = 0; i < sommees.length; i++) {
            sommees[i] = i;
        }
        return g.totalColonne(deps.size() - 1, sommees);
    }

    private static BigDecimal[] valeurs(String dep, List<String> mois, Map<String, BigDecimal> montants) {
        return mois.stream().map(m -> montants.getOrDefault(m + "|" + dep, BigDecimal.ZERO)).toArray(BigDecimal[]::new);
    }

    private static long[] nombres(String dep, List<String> mois, Map<String, Long> personnes) {
        return mois.stream().mapToLong(m -> personnes.getOrDefault(m + "|" + dep, 0L)).toArray();
    }
}
