package fr.pacte.web.entrepot;

import fr.pacte.database.Migrations;
import fr.pacte.database.banc.Banc;
import fr.pacte.database.dev.EmbeddedDatabase;
import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.Grille;
import fr.pacte.entrepot.MasquesDuRapport;
import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.SecretDesRapports;
import fr.pacte.entrepot.RapportStatistique;
import fr.pacte.entrepot.TableauStatistique;
import fr.pacte.entrepot.chargement.Unite;
import fr.pacte.entrepot.infrastructure.CleEntrepot;
import fr.pacte.entrepot.infrastructure.SqlChargement;
import fr.pacte.entrepot.infrastructure.SqlStatistiques;
import fr.pacte.rapport.RapportsPacte;
import fr.pacte.rapport.TableauRapport;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark of the warehouse at national scale (re-runnable, prints its figures; never part of the test command):
 * the ETL of one national year, unit by unit as the batch job commits it, against one INSERT … SELECT per table of
 * the same rows (alternated rounds, {@link Banc}); the annual PDF against its SQL alone plus a bare Jasper
 * fill/export of the same tables; peak heap.
 * {@code -Dbanc.echelle=1} is the national size (800 000 staff, 500 000 attributions a year, three years).
 */
public final class BancEntrepot {

    private static final String ANNEE = GenerateurNational.CAMPAGNES[2];
    private static final List<String> FAITS = List.of("dim_personnel", "fait_attribution", "fait_decharge",
            "fait_enveloppe", "fait_echeance", "fait_lettre");
    /** Every table a load of the year writes. */
    private static final List<String> FAITS_ET_DIMENSIONS = Stream.concat(FAITS.stream(),
            Stream.of("dim_campagne", "dim_mois", "dim_etablissement", "dim_mission")).toList();

    private BancEntrepot() {
    }

    public static void main(String[] args) throws Exception {
        double echelle = Double.parseDouble(System.getProperty("banc.echelle", "0.1"));
        int port = Integer.getInteger("banc.port", 55998);
        Path dossier = Files.createTempDirectory("banc-entrepot-");
        try (EmbeddedDatabase base = EmbeddedDatabase.start(port, dossier, false)) {
            DataSource ds = base.dataSource();
            Migrations.migrate(ds);
            long t0 = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                GenerateurNational.generer(c, echelle);
            }
            afficher("Génération (échelle %.2f) : %s personnels, %s attributions, %s échéances en %.1f s", echelle,
                    compter(ds, "referentiel.personnel"), compter(ds, "mission.attribution"),
                    compter(ds, "paiement.echeance"), secondes(t0));
            for (String a : GenerateurNational.CAMPAGNES) {
                if (!a.equals(ANNEE)) {
                    chargerEntrepot(ds, a);
                }
            }
            Tas.reinitialiser();
            double etl = chargerEntrepot(ds, ANNEE);
            long tasEtl = Tas.pic();
            double recharge = chargerEntrepot(ds, ANNEE);
            afficher("ETL d'une année nationale (%s, %d unités, statistiques du planificateur comprises) : %.2f s ;"
                    + " rechargement (idempotent) : %.2f s", ANNEE, unites(ds), etl, recharge);
            comparerEtl(ds);
            if (!Boolean.getBoolean("banc.etl.seul")) { // -Dbanc.etl.seul=true: the ETL's measures only
                rapport(ds);
                secret(ds);
            }
            afficher("Pic de tas pendant l'ETL : %d Mo (les lignes ne passent pas par Java)", tasEtl / 1_048_576);
        }
    }

    /** A key for the benchmark's own database; the server reads its own from a file. */
    private static final CleEntrepot CLE = CleEntrepot.de("clé du banc d'essai de l'entrepôt".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));

    private static double chargerEntrepot(DataSource ds, String annee) throws SQLException {
        long t0 = System.nanoTime();
        chargerUnites(ds, annee);
        try (Connection c = ds.getConnection()) {
            SqlChargement.analyser(c);
        }
        return secondes(t0);
    }

    /** The units of a year, each committed on its own as the batch job does. */
    private static void chargerUnites(DataSource ds, String annee) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (Unite u : SqlChargement.unites(c, List.of(annee))) {
                SqlChargement.charger(c, u, CLE);
                c.commit();
            }
        }
    }

    /**
     * The ETL's first load of the year (its units, as the batch job commits them) against one INSERT … SELECT per
     * table of the same rows, with {@link Banc}: rounds alternated, ratio of the medians. Before each round, untimed:
     * the year's rows are deleted from the warehouse (then VACUUM, so that each round writes as a first load does),
     * the copies are emptied. The planner's statistics that end a load (ANALYZE) are timed apart: they write no row.
     */
    private static void comparerEtl(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS banc");
            for (String t : FAITS) {
                s.execute("DROP TABLE IF EXISTS banc." + t);
                s.execute("CREATE TABLE banc." + t + " (LIKE entrepot." + t + " INCLUDING ALL)");
            }
        }
        Banc banc = new Banc("banc-entrepot", Banc.tours(3));
        Banc.Resultat r = banc.comparer("ETL (unités validées une à une)", () -> {
            viderAnnee(ds);
            return Banc.chrono(() -> chargerUnites(ds, ANNEE));
        }, "un INSERT … SELECT par table", () -> {
            viderCopies(ds);
            return Banc.chrono(() -> insertSelect(ds));
        }, 1.3);
        for (String t : FAITS) {
            if (!compter(ds, "banc." + t).equals(compterAnnee(ds, "entrepot." + t))) {
                throw new IllegalStateException("Lignes différentes dans " + t);
            }
        }
        detail(ds);
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            SqlChargement.analyser(c);
        }
        afficher("ETL / INSERT … SELECT : %.2f (médianes %.2f s / %.2f s) ; statistiques du planificateur après le"
                + " chargement (ANALYZE, hors rapport) : %.2f s", r.rapport(), r.nous() / 1000, r.base() / 1000,
                secondes(t0));
    }

    /**
     * Where the difference lies: one more first load of each side, each statement timed (summed over the 96
     * département units for the ETL; the dimensions' unit and the commits apart).
     */
    private static void detail(DataSource ds) throws SQLException {
        viderAnnee(ds);
        viderCopies(ds);
        Map<String, double[]> temps = new java.util.LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (Unite u : SqlChargement.unites(c, List.of(ANNEE))) {
                long t0 = System.nanoTime();
                if (u.estDimensions()) {
                    SqlChargement.charger(c, u, CLE);
                    temps.computeIfAbsent("unité des dimensions", k -> new double[2])[0] += secondes(t0);
                } else {
                    for (String sql : SqlChargement.requetesDepartement()) {
                        t0 = System.nanoTime();
                        SqlChargement.executer(c, sql, u, CLE, false);
                        temps.computeIfAbsent(libelle(sql), k -> new double[2])[0] += secondes(t0);
                    }
                }
                t0 = System.nanoTime();
                c.commit();
                temps.computeIfAbsent("COMMIT", k -> new double[2])[0] += secondes(t0);
            }
        }
        try (Connection c = ds.getConnection()) {
            for (String sql : SqlChargement.requetesDepartement()) {
                if (!sql.startsWith("DELETE")) {
                    long t0 = System.nanoTime();
                    SqlChargement.executer(c, pourLAnnee(sql), new Unite(0, ANNEE, null), CLE, true);
                    temps.computeIfAbsent(libelle(sql), k -> new double[2])[1] += secondes(t0);
                }
            }
        }
        temps.forEach((k, v) -> afficher("   détail : %-40s ETL %6.2f s   INSERT … SELECT %6.2f s", k, v[0], v[1]));
    }

    private static String libelle(String sql) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(DELETE FROM|INSERT INTO) (entrepot\\.\\w+)")
                .matcher(sql);
        return m.find() ? m.group(1).split(" ")[0] + " " + m.group(2) : sql.substring(0, 30);
    }

    private static String pourLAnnee(String sql) {
        return sql.replace(SqlChargement.PERSONNELS_DU_DEPARTEMENT, "").replace("entrepot.fait_", "banc.fait_").replace("entrepot.dim_", "banc.dim_")
                .replace("e.departement_code = ?2", "true").replace("departement_code = ?2", "true")
                .replace("?1", "'" + ANNEE + "'");
    }

    /** The same rows in a copy of the fact tables, one statement per table over the whole year. */
    private static void insertSelect(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            for (String sql : SqlChargement.requetesDepartement()) {
                if (sql.startsWith("DELETE")) {
                    continue;
                }
                SqlChargement.executer(c, pourLAnnee(sql), new Unite(0, ANNEE, null), CLE, true);
            }
        }
    }

    /** Untimed, before a first load: the year's rows out of the warehouse, their space reclaimed. */
    private static void viderAnnee(DataSource ds) throws SQLException {
        executer(ds, FAITS_ET_DIMENSIONS.stream().map(t -> "DELETE FROM entrepot." + t + " WHERE annee_scolaire = '"
                + ANNEE + "'").toList());
        executer(ds, FAITS_ET_DIMENSIONS.stream().map(t -> "VACUUM entrepot." + t).toList());
    }

    private static void viderCopies(DataSource ds) throws SQLException {
        executer(ds, FAITS.stream().map(t -> "TRUNCATE banc." + t).toList());
    }

    private static void executer(DataSource ds, List<String> requetes) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : requetes) {
                s.execute(sql);
            }
        }
    }

    private static void rapport(DataSource ds) throws SQLException {
        SqlStatistiques statistiques = new SqlStatistiques(ds);
        String precedente = statistiques.campagnePrecedente(ANNEE).orElseThrow();
        RapportStatistique chaud = publier(statistiques, precedente);
        EditionRapport.pdf(chaud);
        long t0 = System.nanoTime();
        List<Grille> grilles = statistiques.grilles(ANNEE, FiltreStatistiques.AUCUN);
        double sql = secondes(t0);
        // the same tables and charts, filled and exported by Jasper alone
        List<TableauRapport> tableaux = EditionRapport.tableaux(publier(grilles, precedente));
        t0 = System.nanoTime();
        byte[] nu = new RapportsPacte().rapportAnnuelPdf("Rapport", "", "", tableaux);
        double jasper = secondes(t0);
        Tas.reinitialiser();
        t0 = System.nanoTime();
        byte[] pdf = EditionRapport.pdf(publier(statistiques, precedente));
        double complet = secondes(t0);
        afficher("Rapport annuel PDF (%d Ko, %d tableaux) : %.2f s ; SQL seul %.2f s + Jasper nu %.2f s (%d Ko) ; "
                + "ratio = %.2f ; pic de tas %d Mo", pdf.length / 1024, tableaux.size(), complet, sql, jasper,
                nu.length / 1024, complet / (sql + jasper), Tas.pic() / 1_048_576);
    }

    /**
     * The secret as the server publishes the report after a load (issue 18): every version — unfiltered and each
     * département, nature and secteur — masked as one linked set with the mission tables' sets and the classes of equal
     * cells, then the exploration's read of those masks. The versions' SQL is timed apart. No baseline: a result.
     */
    private static void secret(DataSource ds) {
        SqlStatistiques statistiques = new SqlStatistiques(ds);
        SecretDesRapports.Valeurs v = statistiques.valeurs(ANNEE);
        Population population = Population.DEPP;
        List<FiltreStatistiques> filtres = new java.util.ArrayList<>();
        filtres.add(new FiltreStatistiques(null, null, null, population));
        v.departements().forEach(d -> filtres.add(new FiltreStatistiques(d, null, null, population)));
        v.natures().forEach(n -> filtres.add(new FiltreStatistiques(null, n, null, population)));
        v.secteurs().forEach(x -> filtres.add(new FiltreStatistiques(null, null, x, population)));
        long t0 = System.nanoTime();
        Map<FiltreStatistiques, List<Grille>> grilles = new java.util.LinkedHashMap<>();
        filtres.forEach(f -> grilles.put(f, statistiques.grilles(ANNEE, f)));
        double sql = secondes(t0);
        Map<String, String> rangsT07 = statistiques.rangsT07(ANNEE);
        // each table's linked set: its cells in every version, the unknowns of one system
        List<Grille> ensemble = grilles.get(filtres.get(0));
        String tailles = ensemble.stream().map(g -> g.code() + " " + (long) g.libelles().size() * g.nombreColonnes()
                * filtres.size()).collect(java.util.stream.Collectors.joining(", "));
        afficher("Cases des ensembles liés (lignes × colonnes × %d versions) : %s", filtres.size(), tailles);
        Tas.reinitialiser();
        t0 = System.nanoTime();
        SecretDesRapports.Masques m;
        try {
            m = SecretDesRapports.calculer(population, v, 5, grilles::get, rangsT07);
        } catch (OutOfMemoryError e) {
            afficher("Secret du rapport sur %d versions : mémoire épuisée après %.1f s (tas max %d Mo) — non publiable à"
                    + " cette taille", filtres.size(), secondes(t0), Runtime.getRuntime().maxMemory() / 1_048_576);
            return;
        }
        double secret = secondes(t0);
        long tas = Tas.pic();
        Map<FiltreStatistiques, List<TableauStatistique>> versions = new java.util.HashMap<>();
        grilles.forEach((f, g) -> versions.put(f, SecretDesRapports.publier(g, f, m)));
        long cellules = versions.values().stream().flatMap(List::stream)
                .mapToLong(t -> (long) t.lignes().size() * t.colonnes().size()).sum();
        long masquees = versions.values().stream().flatMap(List::stream).mapToLong(TableauStatistique::cellulesMasquees).sum();
        t0 = System.nanoTime();
        MasquesDuRapport.de(rangsT07, v, population, versions::get);
        double lecture = secondes(t0);
        afficher("Secret du rapport, %d versions (%d départements, %d natures, %d secteurs), %d cases dont %d masquées :"
                + " SQL des versions %.1f s ; secret (ensembles liés, classes, missions) %.1f s, pic de tas %d Mo ;"
                + " lecture des masques par l'exploration %.2f s", filtres.size(), v.departements().size(),
                v.natures().size(), v.secteurs().size(), cellules, masquees, sql, secret, tas / 1_048_576, lecture);
    }

    private static RapportStatistique publier(SqlStatistiques statistiques, String precedente) {
        return publier(statistiques.grilles(ANNEE, FiltreStatistiques.AUCUN), precedente);
    }

    private static RapportStatistique publier(List<Grille> grilles, String precedente) {
        List<TableauStatistique> t = grilles.stream().map(g -> g.publier(5)).toList();
        return new RapportStatistique(ANNEE, precedente, FiltreStatistiques.AUCUN, 5, t, OffsetDateTime.now());
    }

    private static int unites(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return SqlChargement.unites(c, List.of(ANNEE)).size();
        }
    }

    private static String compter(DataSource ds, String table) throws SQLException {
        return valeur(ds, "SELECT count(*) FROM " + table);
    }

    private static String compterAnnee(DataSource ds, String table) throws SQLException {
        return valeur(ds, "SELECT count(*) FROM " + table + " WHERE annee_scolaire = '" + ANNEE + "'");
    }

    private static String valeur(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double secondes(long debut) {
        return (System.nanoTime() - debut) / 1e9;
    }

    private static void afficher(String format, Object... valeurs) {
        System.out.println("[banc-entrepot] " + String.format(Locale.FRANCE, format, valeurs));
    }

    /** Peak of the heap pools since the last reset. */
    private static final class Tas {
        static void reinitialiser() {
            System.gc();
            pools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        static long pic() {
            return pools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        private static List<MemoryPoolMXBean> pools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        }
    }
}
