package fr.pacte.web.entrepot;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A national-size académie for the warehouse benchmark, in SQL: 96 départements, 60 000 établissements, 800 000
 * personnels, 500 000 attributions a year for three campaigns (2021-2022 to 2023-2024), their envelopes, and the
 * schedules in ninths of the annual missions, all sent to payroll. {@code echelle} scales the counts (1 = national).
 */
final class GenerateurNational {

    static final String[] CAMPAGNES = {"2021-2022", "2022-2023", "2023-2024"};

    private GenerateurNational() {
    }

    static void generer(Connection c, double echelle) throws SQLException {
        long etablissements = Math.max(200, Math.round(60_000 * echelle));
        long personnels = Math.round(800_000 * echelle);
        long attributions = Math.round(500_000 * echelle);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.academie (code, libelle) VALUES ('NAT', 'France (banc d''essai)')");
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle)
                    SELECT lpad(d::text, 3, '0'), 'Département ' || d FROM generate_series(1, 96) d""");
            s.execute("""
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,
                           secteur, education_prioritaire, recherche)
                    SELECT u || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (u::bigint %% 23)::int + 1, 1),
                           CASE WHEN i %% 100 < 70 THEN 'ECOLE' WHEN i %% 100 < 87 THEN 'CLG' WHEN i %% 100 < 93 THEN 'LYC'
                                WHEN i %% 100 < 97 THEN 'LP' WHEN i %% 100 < 99 THEN 'LPO' ELSE 'EREA' END,
                           'Établissement ' || i, lpad((1 + (i - 1) %% 96)::text, 3, '0'), 'Commune ' || i %% 997,
                           CASE WHEN i %% 5 = 0 THEN 'PR' ELSE 'PU' END,
                           CASE i %% 10 WHEN 0 THEN 'REP+' WHEN 1 THEN 'REP' WHEN 2 THEN 'REP' ELSE '' END, 'etablissement ' || i
                      FROM generate_series(1, %d) i,
                           LATERAL (SELECT lpad((1 + (i - 1) %% 96)::text, 3, '0') || lpad((1 + (i - 1) / 96)::text, 4, '0') AS u) x
                    """.formatted(etablissements));
            s.execute("CREATE TEMPORARY TABLE banc_etab AS SELECT row_number() OVER (ORDER BY uai) - 1 AS n, uai, nature "
                    + "FROM referentiel.etablissement");
            s.execute("CREATE INDEX ON banc_etab (n)");
            s.execute("""
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,
                           discipline, uai_affectation, recherche)
                    SELECT 'NAT' || lpad(i::text, 10, '0'), CASE WHEN i %% 10 < 7 THEN 'Mme' ELSE 'M.' END, 'Nom' || i,
                           'Prénom', CASE WHEN i %% 10 < 7 THEN 'F' ELSE 'M' END, date '1960-01-01' + ((i::bigint * 7919) %% 15000)::int,
                           CASE WHEN e.nature = 'ECOLE' THEN 'PE' WHEN e.nature IN ('LP', 'EREA') THEN 'PLP'
                                WHEN i %% 10 = 0 THEN 'AGREGE' WHEN i %% 10 = 1 THEN 'PEPS' WHEN i %% 20 = 2 THEN 'CPE'
                                WHEN i %% 97 = 3 THEN 'PSYEN' ELSE 'CERTIFIE' END,
                           '', e.uai, 'nom' || i
                      FROM generate_series(1, %d) i JOIN banc_etab e ON e.n = i %% %d
                    """.formatted(personnels, etablissements));
            for (String annee : CAMPAGNES) {
                campagne(s, annee, attributions, personnels);
            }
            s.execute("ANALYZE");
        }
    }

    private static void campagne(Statement s, String annee, long attributions, long personnels) throws SQLException {
        int debut = Integer.parseInt(annee.substring(0, 4));
        s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('%s', '%d-09-01', "
                .formatted(annee, debut) + "'%d-08-31', 'CLOSE')".formatted(debut + 1));
        s.execute("INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) SELECT '%s', l, 100000000 FROM "
                .formatted(annee) + "unnest(ARRAY['PREMIER_DEGRE','SECOND_DEGRE','VOIE_PRO','IMP']) l");
        // the attributions are drawn first: each envelope holds at least what its établissement attributes (V11)
        s.execute("""
                CREATE TEMPORARY TABLE banc_attribution AS
                SELECT '%1$s'::varchar AS annee_scolaire, p.uai_affectation AS uai, p.identifiant, m.code AS code_mission,
                       m.dispositif, m.voie,
                       CASE WHEN m.dispositif = 'PACTE' THEN 1 + i %% 2 END AS parts, CASE WHEN m.dispositif = 'IMP' THEN '003' END AS taux_imp,
                       CASE WHEN m.dispositif = 'IMP' THEN 1 ELSE 0 END AS unites_imp,
                       CASE WHEN m.dispositif = 'PACTE' AND m.quantum_heures IS NOT NULL THEN (1 + i %% 2) * m.quantum_heures END AS heures,
                       DATE '%2$d-09-02' AS date_debut, DATE '%3$d-06-30' AS date_fin,
                       CASE WHEN m.dispositif = 'IMP' AND i %% 10 = 9 THEN 'DECHARGE' ELSE 'ANNUELLE' END AS modalite,
                       now() AS creee_le, 'banc' AS creee_par
                  FROM generate_series(1, %4$d) i
                  JOIN referentiel.personnel p ON p.identifiant = 'NAT' || lpad((1 + (i::bigint * 104729 + %2$d) %% %5$d)::text, 10, '0')
                  JOIN banc_etab e ON e.uai = p.uai_affectation
                  JOIN referentiel.mission_catalogue m ON m.code = CASE
                       WHEN e.nature = 'ECOLE' THEN CASE WHEN i %% 2 = 0 THEN 'P1-SOUTIEN-FONDAMENTAUX' ELSE 'P1-INNOVATION' END
                       WHEN i %% 10 >= 7 THEN 'IMP-COORD-DISCIPLINE'
                       WHEN e.nature IN ('LP', 'LPO') THEN CASE WHEN i %% 3 = 0 THEN 'LP-RCD' ELSE 'LP-TUTORAT' END
                       ELSE CASE i %% 3 WHEN 0 THEN 'P2-RCD' WHEN 1 THEN 'P2-DEVOIRS-FAITS' ELSE 'P2-INNOVATION' END END
                """.formatted(annee, debut, debut + 1, attributions, personnels));
        s.execute("""
                INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, decharge_heures)
                SELECT '%s', e.uai, CASE e.nature WHEN 'ECOLE' THEN 'PREMIER_DEGRE' WHEN 'LP' THEN 'VOIE_PRO' ELSE 'SECOND_DEGRE' END,
                       greatest(10 + e.n %% 20, coalesce(c.parts, 0)), greatest(5, coalesce(c.imp, 0)), coalesce(c.decharge, 0)
                  FROM banc_etab e
                  LEFT JOIN (SELECT uai, sum(parts) AS parts, sum(unites_imp) FILTER (WHERE modalite <> 'DECHARGE') AS imp,
                                    sum(unites_imp) FILTER (WHERE modalite = 'DECHARGE') AS decharge
                               FROM banc_attribution GROUP BY uai) c ON c.uai = e.uai""".formatted(annee));
        s.execute("""
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                       taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                SELECT * FROM banc_attribution""");
        s.execute("DROP TABLE banc_attribution");
        s.execute("""
                INSERT INTO paiement.execution (annee_scolaire, mois, executee_le, executee_par, lignes, montant_total,
                       fichier_csv, fichier_xlsx, synthese_pdf)
                SELECT '%1$s', m::date, m + interval '19 days', 'banc', 0, 0, '\\x', '\\x', '\\x'
                  FROM generate_series(timestamp '%2$d-10-01', timestamp '%3$d-06-01', interval '1 month') m
                """.formatted(annee, debut, debut + 1));
        s.execute("""
                INSERT INTO paiement.echeance (attribution_id, annee_scolaire, mois, montant, regularisation, execution_id,
                       identifiant, uai, dispositif, code_mission, taux)
                SELECT a.id, a.annee_scolaire, x.mois,
                       CASE WHEN extract(month FROM x.mois) = 6 THEN m.montant - 8 * trunc(m.montant / 9, 2)
                            ELSE trunc(m.montant / 9, 2) END, false, x.id, a.identifiant, a.uai, a.dispositif,
                       a.code_mission, coalesce(a.taux_imp, a.parts::text)
                  FROM mission.attribution a
                  JOIN paiement.execution x ON x.annee_scolaire = a.annee_scolaire
                 CROSS JOIN LATERAL (SELECT CASE WHEN a.dispositif = 'PACTE' THEN a.parts * 1250.00 ELSE 1250.00 END AS montant) m
                 WHERE a.annee_scolaire = '%s' AND a.modalite = 'ANNUELLE'
                """.formatted(annee));
    }
}
