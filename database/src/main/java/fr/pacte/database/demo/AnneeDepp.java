package fr.pacte.database.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A second-degré year shaped like the DEPP's note 22.33 on 2020-2021 (seed 003: « 115 861 enseignants sur 488 800
 * assurent des missions particulières, soit 23,70 %. Cela correspond à 149 368 missions, dont 17 241 sous la forme
 * d'une décharge et 132 127 payées en IMP »), written in the operational tables so that it goes through the whole
 * chain (attributions, letters, payments, warehouse). At scale 1 the counts are the note's exactly; at scale k each is
 * the note's divided by k, rounded, so the shares stay the note's. Around the teachers, CPE, documentalistes and
 * remplaçants (whom the DEPP leaves out) hold IMP too: a report that counted them would not find the note's figures.
 *
 * <p>Set-based SQL only (a national year is 600 000 persons). Idempotent per (campaign, département): run it once.
 */
public final class AnneeDepp {

    public static final int ENSEIGNANTS = 488_800;
    public static final int AVEC_MISSION = 115_861;
    public static final int MISSIONS = 149_368;
    public static final int DECHARGES = 17_241;
    private static final int ENSEIGNANTS_PAR_ETABLISSEMENT = 60;

    /** The counts generated at a scale. */
    public record Effectifs(int enseignants, int avecMission, int missions, int decharges, int autres) {

        public static Effectifs a(int echelle) {
            int enseignants = Math.round((float) ENSEIGNANTS / echelle);
            return new Effectifs(enseignants, Math.round((float) AVEC_MISSION / echelle),
                    Math.round((float) MISSIONS / echelle), Math.round((float) DECHARGES / echelle), enseignants / 20);
        }
    }

    private AnneeDepp() {
    }

    /**
     * Writes the year {@code annee} (open campaign, created if absent) in département {@code departement} (3 digits),
     * at scale {@code echelle}. Identifiants are {@code D<département><8 digits>}.
     */
    public static Effectifs generer(Connection c, String annee, String departement, String libelle, int echelle)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Effectifs n = ecrire(c, annee, departement, libelle, echelle);
            c.commit();
            return n;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static Effectifs ecrire(Connection c, String annee, String departement, String libelle, int echelle)
            throws SQLException {
        Effectifs n = Effectifs.a(echelle);
        int debut = Integer.parseInt(annee.substring(0, 4));
        int etablissements = (n.enseignants() + ENSEIGNANTS_PAR_ETABLISSEMENT - 1) / ENSEIGNANTS_PAR_ETABLISSEMENT;
        executer(c, """
                INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut, date_limite_lettres)
                VALUES (?, make_date(?, 9, 1), make_date(? + 1, 8, 31), 'OUVERTE', make_date(?, 10, 10))
                ON CONFLICT DO NOTHING""", annee, debut, debut, debut);
        executer(c, "INSERT INTO referentiel.departement (code, libelle) VALUES (?, ?) ON CONFLICT DO NOTHING",
                departement, libelle);
        // collèges, lycées, lycées professionnels and polyvalents; the UAI's check letter as the rule computes it
        executer(c, """
                INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,
                                                       secteur, education_prioritaire, recherche)
                SELECT u, (ARRAY['CLG','CLG','CLG','CLG','CLG','CLG','LYC','LYC','LP','LPO'])[1 + k % 10],
                       'Établissement DEPP ' || k, ?, 'Commune ' || (k % 97), CASE WHEN k % 5 = 0 THEN 'PR' ELSE 'PU' END,
                       CASE WHEN k % 9 = 0 THEN 'REP' WHEN k % 23 = 0 THEN 'REP+' ELSE '' END, 'etablissement depp ' || k
                  FROM generate_series(1, ?) k,
                       LATERAL (SELECT ? || lpad(k::text, 4, '0') AS sept) s,
                       LATERAL (SELECT sept || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (sept::bigint % 23)::int + 1, 1) AS u) x
                ON CONFLICT DO NOTHING""", departement, etablissements, departement);
        // teachers (i ≤ enseignants), then CPE, documentalistes and remplaçants (TZR, outside the note's population
        // since V35); corps and sex drawn from a hash, not from i
        executer(c, """
                INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline,
                                                   uai_affectation, recherche, remplacant)
                SELECT id, CASE WHEN f THEN 'Mme' ELSE 'M.' END, 'Depp' || i, 'Agent', CASE WHEN f THEN 'F' ELSE 'M' END,
                       date '1960-01-01' + (h % 14000), corps, discipline, uai, 'depp' || i, remplacant
                  FROM (SELECT i, ? || ? || lpad(i::text, 8, '0') AS id, abs(hashtext('depp' || i)) AS h,
                               ? || lpad((1 + i % ?)::text, 4, '0') AS sept
                          FROM generate_series(1, ? + ?) i) g,
                       LATERAL (SELECT sept || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (sept::bigint % 23)::int + 1, 1) AS uai,
                                       h % 100 < 59 AS f) u,
                       LATERAL (SELECT CASE WHEN i > ? THEN CASE WHEN i % 3 = 0 THEN 'CPE' ELSE 'CERTIFIE' END
                                            WHEN h % 100 < 60 THEN 'CERTIFIE' WHEN h % 100 < 72 THEN 'AGREGE'
                                            WHEN h % 100 < 85 THEN 'PLP' WHEN h % 100 < 93 THEN 'PEPS' ELSE 'CONTRACTUEL' END AS corps,
                                       CASE WHEN i > ? THEN CASE WHEN i % 3 = 0 THEN '' WHEN i % 3 = 1 THEN 'Documentation'
                                                                 ELSE 'Anglais' END
                                            ELSE (ARRAY['Mathématiques','Lettres modernes','Anglais','Histoire-géographie',
                                                        'Physique-chimie','Éducation physique et sportive'])[1 + h % 6] END AS discipline,
                                       i > ? AND i % 3 = 2 AS remplacant) p
                ON CONFLICT DO NOTHING""", "D", departement, departement, etablissements, n.enseignants(), n.autres(),
                n.enseignants(), n.enseignants(), n.enseignants());
        // the missions: one for each of the first avecMission teachers, a second one for the first (missions −
        // avecMission) of them; the décharges are the first of all missions in a hash order; half of the CPE,
        // documentalistes and remplaçants hold one IMP too (outside the DEPP's population)
        executer(c, """
                CREATE TEMPORARY TABLE depp_mission ON COMMIT DROP AS
                SELECT p.identifiant, p.uai_affectation AS uai, m.code, m.taux,
                       row_number() OVER (ORDER BY hashtext(p.identifiant || m.code), p.identifiant, m.code) <= ? AS decharge
                  FROM generate_series(1, ?) i
                  JOIN referentiel.personnel p ON p.identifiant = ? || ? || lpad(i::text, 8, '0')
                  JOIN (VALUES (1, 'IMP-COORD-DISCIPLINE', '003'), (2, 'IMP-REF-NUMERIQUE', '002')) m (rang, code, taux)
                    ON m.rang = 1 OR i <= ?
                UNION ALL
                SELECT p.identifiant, p.uai_affectation, 'IMP-REF-NUMERIQUE', '002', false
                  FROM generate_series(? + 1, ? + ?, 2) i
                  JOIN referentiel.personnel p ON p.identifiant = ? || ? || lpad(i::text, 8, '0')""",
                n.decharges(), n.avecMission(), "D", departement, n.missions() - n.avecMission(),
                n.enseignants(), n.enseignants(), n.autres(), "D", departement);
        // envelopes sized to what is attributed (an attribution is taken from an envelope: V11)
        executer(c, "INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES (?, 'SECOND_DEGRE', 1) "
                + "ON CONFLICT DO NOTHING", annee);
        executer(c, """
                INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
                SELECT ?, 'IMP', ceil(sum(t.coefficient)) + 100 FROM depp_mission d JOIN referentiel.taux_imp t ON t.code_sts = d.taux
                ON CONFLICT (annee_scolaire, ligne) DO UPDATE SET alloue = dotation.allocation.alloue + excluded.alloue""", annee);
        executer(c, """
                INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, decharge_heures)
                SELECT ?, e.uai, 'SECOND_DEGRE', 0,
                       coalesce(sum(t.coefficient) FILTER (WHERE NOT d.decharge), 0),
                       coalesce(sum(t.coefficient) FILTER (WHERE d.decharge), 0)
                  FROM referentiel.etablissement e
                  LEFT JOIN depp_mission d ON d.uai = e.uai
                  LEFT JOIN referentiel.taux_imp t ON t.code_sts = d.taux
                 WHERE e.departement_code = ?
                 GROUP BY e.uai""", annee, departement);
        executer(c, """
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                       taux_imp, unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
                SELECT ?, d.uai, d.identifiant, d.code, 'IMP', 'SECOND_DEGRE', NULL, d.taux, t.coefficient, NULL,
                       make_date(?, 9, 1), make_date(? + 1, 6, 30), CASE WHEN d.decharge THEN 'DECHARGE' ELSE 'ANNUELLE' END,
                       false, now(), 'depp'
                  FROM depp_mission d JOIN referentiel.taux_imp t ON t.code_sts = d.taux""", annee, debut, debut);
        // one letter per person with a mission: nine in ten accepted, four in five signed by the deadline
        executer(c, """
                INSERT INTO mission.lettre (annee_scolaire, uai, identifiant, numero, etat, courante, contenu, signee_le,
                                            signee_par, acceptee_le, acceptee_par, acceptee_par_chef, creee_le)
                SELECT ?, uai, identifiant, 1, CASE WHEN h % 10 = 0 THEN 'SIGNEE' ELSE 'ACCEPTEE' END, true, '{}',
                       make_date(?, 9, 15) + CASE WHEN h % 5 = 0 THEN 40 ELSE 0 END, 'chef',
                       CASE WHEN h % 10 = 0 THEN NULL ELSE make_date(?, 9, 20) + CASE WHEN h % 5 = 0 THEN 40 ELSE 0 END END,
                       CASE WHEN h % 10 = 0 THEN NULL ELSE 'agent' END, CASE WHEN h % 10 = 0 THEN NULL ELSE false END,
                       make_date(?, 9, 10)
                  FROM (SELECT DISTINCT identifiant, uai, abs(hashtext(identifiant)) AS h FROM depp_mission) d""",
                annee, debut, debut, debut);
        return n;
    }

    private static void executer(Connection c, String sql, Object... parametres) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                ps.setObject(i + 1, parametres[i]);
            }
            ps.execute();
        }
    }
}
