package fr.pacte.paiement;

import fr.pacte.database.Migrations;
import fr.pacte.database.dev.EmbeddedDatabase;
import fr.pacte.referentiel.Modalite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly run is computed by PostgreSQL ({@code paiement.a_verser}, V31); {@link Echeancier} stays the reference.
 * Both derive the lines still to be sent of generated attributions — every modalité, late starts and ends, both
 * campaign rules for late starts, odd amounts of a part (rounding of the ninths), cancellations, services faits and
 * amounts already sent (regularisations) — from every first open month of the year: they must agree to the cent.
 */
class EcheancierSqlTest {

    private static final int ATTRIBUTIONS = 1_500;
    private static final Map<String, EntreeTardive> CAMPAGNES = Map.of("2061-2062", EntreeTardive.RATTRAPAGE,
            "2062-2063", EntreeTardive.ETALEMENT);

    private static EmbeddedDatabase database;

    /** A generated attribution as Java sees it, and what was already sent for it (null: nothing). */
    private record Cas(long id, BaseEcheancier base, BigDecimal envoye) {
    }

    private static final Map<String, List<Cas>> CAS = new HashMap<>();

    @BeforeAll
    static void generer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        database = EmbeddedDatabase.start(port, Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        Random hasard = new Random(20261204L);
        try (Connection c = database.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
            List<String> taux = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT code_sts FROM referentiel.taux_imp ORDER BY 1")) {
                while (rs.next()) {
                    taux.add(rs.getString(1));
                }
            }
            assertTrue(taux.size() >= 3, "taux IMP de référence (V2)");
            for (var campagne : CAMPAGNES.entrySet()) {
                generer(c, campagne.getKey(), campagne.getValue(), taux, hasard);
            }
        }
    }

    private static void generer(Connection c, String annee, EntreeTardive regle, List<String> taux, Random hasard)
            throws SQLException {
        int debut = Integer.parseInt(annee.substring(0, 4));
        try (Statement s = c.createStatement()) {
            // an amount of a part in odd cents: the ninths are rounded down, June takes the rest
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut, montant_part,"
                    + " paiement_entree_tardive) VALUES ('" + annee + "', '" + debut + "-09-01', '" + (debut + 1)
                    + "-08-31', 'OUVERTE', 1234.57, '" + regle + "')");
            s.execute("INSERT INTO paiement.execution (id, annee_scolaire, mois, executee_le, executee_par, lignes,"
                    + " montant_total, fichier_csv, fichier_xlsx, synthese_pdf) VALUES (" + (debut * 10) + ", '" + annee
                    + "', '" + debut + "-10-01', now(), 'test', 0, 0, '', '', '')");
            // the attributions stand alone: no établissement, person or envelope behind them (foreign keys and the
            // envelope triggers are off for this session; the amount's trigger is ALWAYS: montant as in production)
            s.execute("SET session_replication_role = replica");
        }
        List<Cas> cas = new ArrayList<>();
        try (PreparedStatement ins = c.prepareStatement("""
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                       taux_imp, unites_imp, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
                VALUES (?, '0260001A', ?, 'TEST', ?, 'SECOND_DEGRE', ?, ?, 1, ?, ?, ?, ?, now(), 'test')
                RETURNING id, montant""");
             PreparedStatement fait = c.prepareStatement("INSERT INTO paiement.service_fait VALUES (?, now(), 'test')");
             PreparedStatement envoi = c.prepareStatement("""
                     INSERT INTO paiement.echeance (attribution_id, annee_scolaire, mois, montant, regularisation,
                            execution_id, identifiant, uai, dispositif, code_mission, taux)
                     VALUES (?, ?, ?, ?, false, ?, 'X', '0260001A', 'IMP', 'TEST', '1')""")) {
            for (int i = 0; i < ATTRIBUTIONS; i++) {
                Modalite modalite = Modalite.values()[hasard.nextInt(Modalite.values().length)];
                boolean pacte = modalite != Modalite.DECHARGE && hasard.nextBoolean();
                // from before the year (clamped to October) to after June (clamped to June)
                LocalDate dateDebut = LocalDate.of(debut, 8, 1).plusDays(hasard.nextInt(340));
                LocalDate dateFin = dateDebut.plusDays(hasard.nextInt(300));
                boolean annulee = hasard.nextInt(10) == 0;
                ins.setString(1, annee);
                ins.setString(2, "T" + i);
                ins.setString(3, pacte ? "PACTE" : "IMP");
                ins.setBigDecimal(4, pacte ? BigDecimal.valueOf(1 + hasard.nextInt(6), 1).multiply(BigDecimal.valueOf(5)) : null);
                ins.setString(5, pacte ? null : taux.get(hasard.nextInt(taux.size())));
                ins.setDate(6, Date.valueOf(dateDebut));
                ins.setDate(7, Date.valueOf(dateFin));
                ins.setString(8, modalite.name());
                ins.setBoolean(9, annulee);
                long id;
                BigDecimal montant;
                try (ResultSet rs = ins.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                    montant = rs.getBigDecimal(2);
                }
                boolean serviceFait = hasard.nextBoolean();
                if (serviceFait) {
                    fait.setLong(1, id);
                    fait.executeUpdate();
                }
                // a third were paid something already: what was due, more, less, or nothing at all (0)
                BigDecimal envoye = null;
                if (hasard.nextInt(3) == 0) {
                    envoye = switch (hasard.nextInt(4)) {
                        case 0 -> BigDecimal.ZERO;
                        case 1 -> montant.divide(BigDecimal.valueOf(9), 2, java.math.RoundingMode.DOWN);
                        case 2 -> montant;
                        default -> BigDecimal.valueOf(hasard.nextInt(100_000), 2);
                    };
                    envoi.setLong(1, id);
                    envoi.setString(2, annee);
                    envoi.setDate(3, Date.valueOf(LocalDate.of(debut, 10, 1)));
                    envoi.setBigDecimal(4, envoye);
                    envoi.setLong(5, debut * 10L);
                    envoi.executeUpdate();
                }
                cas.add(new Cas(id, new BaseEcheancier(montant, modalite, dateDebut, dateFin, annulee, serviceFait, debut,
                        regle), envoye));
            }
        }
        CAS.put(annee, cas);
        try (Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = origin");
        }
    }

    @AfterAll
    static void arreter() throws IOException {
        database.close();
    }

    @Test
    void postgresqlDeriveLesMemesLignesQueLEcheancierDeJavaDeChaqueMoisOuvert() throws SQLException {
        int comparees = 0;
        long regularisations = 0;
        for (var campagne : CAS.entrySet()) {
            int debut = Integer.parseInt(campagne.getKey().substring(0, 4));
            for (int m = 0; m < 12; m++) {
                YearMonth premier = YearMonth.of(debut, 10).plusMonths(m);
                Map<Long, List<String>> sql = sql(campagne.getKey(), premier, null);
                for (Cas c : campagne.getValue()) {
                    List<String> java = Echeancier.aVerser(Echeancier.theorique(c.base()), c.envoye(), premier).stream()
                            .map(EcheancierSqlTest::texte).sorted().toList();
                    assertEquals(java, sql.getOrDefault(c.id(), List.of()).stream().sorted().toList(),
                            () -> campagne.getKey() + ", premier mois ouvert " + premier + ", " + c);
                    comparees += java.size();
                    regularisations += java.stream().filter(t -> t.endsWith("|true")).count();
                }
            }
        }
        // the generated cases reach every branch: ~45 000 lines, thousands of them regularisations
        assertTrue(comparees > 30_000, "lignes comparées : " + comparees);
        assertTrue(regularisations > 1_000, "régularisations comparées : " + regularisations);
    }

    @Test
    void laPaieDuMoisNeDeriveQueCeQuIlFautEtDonneLesMemesLignes() throws SQLException {
        String annee = "2061-2062";
        for (YearMonth premier : List.of(YearMonth.of(2061, 10), YearMonth.of(2061, 12), YearMonth.of(2062, 6),
                YearMonth.of(2062, 7))) {
            Map<Long, List<String>> tout = sql(annee, premier, null);
            Map<Long, List<String>> jusquAuMois = sql(annee, premier, premier);
            Map<Long, List<String>> duMois = new TreeMap<>();
            tout.forEach((id, lignes) -> {
                List<String> l = lignes.stream().filter(t -> t.startsWith(premier + "|")).sorted().toList();
                if (!l.isEmpty()) {
                    duMois.put(id, l);
                }
            });
            Map<Long, List<String>> trie = new TreeMap<>();
            jusquAuMois.forEach((id, l) -> trie.put(id, l.stream().sorted().toList()));
            assertEquals(duMois, trie, "lignes de " + premier);
        }
    }

    private static String texte(Versement v) {
        return v.mois() + "|" + v.montant().setScale(2) + "|" + v.regularisation();
    }

    private static Map<Long, List<String>> sql(String annee, YearMonth premier, YearMonth jusquA) throws SQLException {
        Map<Long, List<String>> lignes = new HashMap<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT attribution_id, mois, montant, regularisation"
                     + " FROM paiement.a_verser(?, ?, ?)")) {
            ps.setString(1, annee);
            ps.setDate(2, Date.valueOf(premier.atDay(1)));
            ps.setDate(3, jusquA == null ? null : Date.valueOf(jusquA.atDay(1)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lignes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(YearMonth.from(rs.getDate(2)
                            .toLocalDate()) + "|" + rs.getBigDecimal(3).setScale(2) + "|" + rs.getBoolean(4));
                }
            }
        }
        return lignes;
    }
}
