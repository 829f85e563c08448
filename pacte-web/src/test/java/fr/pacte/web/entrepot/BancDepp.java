package fr.pacte.web.entrepot;

import fr.pacte.database.Migrations;
import fr.pacte.database.demo.AnneeDepp;
import fr.pacte.database.dev.EmbeddedDatabase;
import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.Grille;
import fr.pacte.entrepot.chargement.Unite;
import fr.pacte.entrepot.infrastructure.CleEntrepot;
import fr.pacte.entrepot.infrastructure.SqlChargement;
import fr.pacte.entrepot.infrastructure.SqlStatistiques;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DEPP's note 22.33 at full scale (seed 003; re-runnable, prints its figures; never part of the test command): the
 * year generated with the note's marginals ({@link AnneeDepp}, scale {@code banc.echelle}, 1 by default), loaded into
 * the warehouse by the ETL, and the report's tables computed with their default population; the benchmark fails
 * unless T01 and T09 show the note's counts exactly (488 800 teachers, 115 861 with a mission, 149 368 missions of
 * which 17 241 décharges).
 */
public final class BancDepp {

    private static final String ANNEE = "2020-2021";

    private BancDepp() {
    }

    public static void main(String[] args) throws Exception {
        int echelle = Integer.getInteger("banc.echelle", 1);
        try (EmbeddedDatabase base = EmbeddedDatabase.start(Integer.getInteger("banc.port", 55997),
                Files.createTempDirectory("banc-depp-"), false)) {
            DataSource ds = base.dataSource();
            Migrations.migrate(ds);
            long t0 = System.nanoTime();
            AnneeDepp.Effectifs n;
            try (Connection c = ds.getConnection()) {
                n = AnneeDepp.generer(c, ANNEE, "078", "Yvelines", echelle);
            }
            afficher("Génération (échelle 1/%d) : %s en %.1f s", echelle, n, secondes(t0));
            t0 = System.nanoTime();
            CleEntrepot cle = CleEntrepot.de("clé du banc DEPP, hors de la base".getBytes(StandardCharsets.UTF_8));
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                for (Unite u : SqlChargement.unites(c, List.of(ANNEE))) {
                    SqlChargement.charger(c, u, cle);
                    c.commit();
                }
                SqlChargement.analyser(c);
                c.commit();
            }
            afficher("Chargement de l'entrepôt : %.1f s", secondes(t0));
            t0 = System.nanoTime();
            List<Grille> grilles = new SqlStatistiques(ds).grilles(ANNEE, FiltreStatistiques.AUCUN);
            afficher("Tableaux du rapport (population par défaut : enseignants du second degré) : %.1f s", secondes(t0));
            long[] t01 = total(grilles, "T01", "Ensemble");
            long[] t09 = total(grilles, "T09", "Ensemble");
            long[] decharge = total(grilles, "T09", "En décharge de service");
            afficher("T01 : %d enseignants, %d avec au moins une mission (%.2f %%) — note : 488 800, 115 861, 23,70 %%",
                    t01[0], t01[1], 100.0 * t01[1] / t01[0]);
            afficher("T09 : %d missions IMP dont %d en décharge (%.2f %%) — note : 149 368 dont 17 241, 11,5 %%",
                    t09[0], decharge[0], 100.0 * decharge[0] / t09[0]);
            if (t01[0] != n.enseignants() || t01[1] != n.avecMission() || t09[0] != n.missions()
                    || decharge[0] != n.decharges()) {
                throw new IllegalStateException("Le rapport ne retrouve pas les effectifs générés : " + n);
            }
        }
    }

    /** The values of a row, as whole numbers. */
    private static long[] total(List<Grille> grilles, String code, String ligne) {
        Grille g = grilles.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        Map<String, java.math.BigDecimal[]> v = g.valeursParLigne();
        return java.util.Arrays.stream(v.get(ligne)).mapToLong(x -> x == null ? -1 : x.longValue()).toArray();
    }

    private static double secondes(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void afficher(String format, Object... args) {
        System.out.println("[banc-depp] " + String.format(Locale.FRANCE, format, args));
    }
}
