package fr.pacte.database.migration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Loads the IMP rates and the mission catalogue from the reference CSV files shipped in this module. */
public class V2__Donnees_de_reference extends BaseJavaMigration {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        chargerTauxImp(connection);
        chargerCatalogue(connection);
    }

    private void chargerTauxImp(Connection connection) throws IOException, SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO referentiel.taux_imp (code_sts, libelle, coefficient, montant_annuel) VALUES (?, ?, ?, ?)")) {
            for (CSVRecord r : lire("/reference/taux-imp.csv")) {
                insert.setString(1, r.get("code_sts"));
                insert.setString(2, r.get("libelle"));
                insert.setBigDecimal(3, new BigDecimal(r.get("coefficient")));
                insert.setBigDecimal(4, new BigDecimal(r.get("montant_annuel_eur")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void chargerCatalogue(Connection connection) throws IOException, SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO referentiel.mission_catalogue (code, dispositif, voie, libelle, quantum_heures, forfaitaire,"
                        + " taux_imp_reference, prioritaire, bilan_remis_a, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CSVRecord r : lire("/reference/catalogue-missions.csv")) {
                insert.setString(1, r.get("code"));
                insert.setString(2, r.get("dispositif"));
                insert.setString(3, r.get("voie"));
                insert.setString(4, r.get("libelle"));
                String quantum = r.get("quantum_heures");
                if (quantum.isEmpty()) {
                    insert.setNull(5, Types.INTEGER);
                } else {
                    insert.setInt(5, Integer.parseInt(quantum));
                }
                insert.setBoolean(6, Boolean.parseBoolean(r.get("forfaitaire")));
                String taux = r.get("taux_imp_reference");
                insert.setString(7, taux.isEmpty() ? null : taux);
                insert.setBoolean(8, Boolean.parseBoolean(r.get("prioritaire")));
                insert.setString(9, r.get("bilan_remis_a"));
                insert.setString(10, r.get("source"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<CSVRecord> lire(String ressource) throws IOException {
        try (InputStream in = V2__Donnees_de_reference.class.getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IOException("Donnée de référence absente du module database : " + ressource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return FORMAT.parse(reader).getRecords();
            }
        }
    }
}
