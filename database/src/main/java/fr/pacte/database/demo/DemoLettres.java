package fr.pacte.database.demo;

import org.mindrot.jbcrypt.BCrypt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lettres de mission of the demo académie, in the lycée professionnel of the chef's demo account, for the closed
 * campaign 2024-2025: five teachers with missions, letters signed, accepted by the agent or recorded by the chef, one
 * left as a brouillon, and the agent's own PERSONNEL account. A signed letter's frozen content is written in SQL with
 * the same JSON fields as the application's (fr.pacte.lettre.ContenuFige).
 */
final class DemoLettres {

    private static final String ANNEE = "2024-2025";
    private static final String REFERENCE_PACTE =
            "décret n° 93-55 du 15 janvier 1993 modifié et à l'arrêté du 15 janvier 1993 modifié";
    private static final String REFERENCE_IMP = REFERENCE_PACTE
            + " ; pour les missions particulières, au décret n° 2015-475 du 27 avril 2015";
    /** Missions of the five teachers, in order: catalogue code, or IMP code with its rate after a colon. */
    private static final String[][] MISSIONS = {
        {"LP-RCD", "LP-GROUPES-REDUITS", "LP-TUTORAT"},
        {"LP-OPTIONS", "LP-DECROCHAGE", "IMP-REF-NUMERIQUE:002"},
        {"LP-RCD"},
        {"LP-STAGES-REUSSITE", "LP-DECOUVERTE-METIERS"},
        {"LP-FRANCE-TRAVAIL"}};
    /** What became of each letter: accepted by the agent, signed, accepted on paper, brouillon (no row), signed. */
    private static final String[] ETATS = {"ACCEPTEE", "SIGNEE", "ACCEPTEE_CHEF", null, "SIGNEE"};

    private DemoLettres() {
    }

    /** @return the agent's demo account (the first teacher, whose letter he accepted himself) */
    static CompteDemo charger(Connection c) throws SQLException {
        String[] chef = premiere(c, "SELECT c.login, c.nom_affiche, c.uai FROM securite.compte c"
                + " JOIN referentiel.etablissement e ON e.uai = c.uai WHERE e.nature = 'LP' ORDER BY c.login");
        List<String> personnels = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT identifiant FROM referentiel.personnel"
                + " WHERE uai_affectation = ? AND corps = 'PLP' ORDER BY identifiant LIMIT 5")) {
            s.setString(1, chef[2]);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    personnels.add(rs.getString(1));
                }
            }
        }
        String agent = personnels.get(0);
        String login = "personnel." + agent.toLowerCase(Locale.ROOT);
        for (int i = 0; i < personnels.size(); i++) {
            for (String mission : MISSIONS[i]) {
                attribuer(c, chef, personnels.get(i), mission);
            }
            if (ETATS[i] != null) {
                String acceptePar = "ACCEPTEE_CHEF".equals(ETATS[i]) ? chef[0] : login;
                lettre(c, chef, personnels.get(i), ETATS[i], acceptePar,
                        MISSIONS[i][MISSIONS[i].length - 1].contains(":"));
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO securite.compte (login, mot_de_passe, role, nom_affiche, identifiant)
                SELECT ?, ?, 'PERSONNEL', prenom || ' ' || nom, identifiant FROM referentiel.personnel WHERE identifiant = ?""")) {
            s.setString(1, login);
            s.setString(2, BCrypt.hashpw(Compte.MOT_DE_PASSE, BCrypt.gensalt(10)));
            s.setString(3, agent);
            s.executeUpdate();
        }
        return new CompteDemo(login, Compte.MOT_DE_PASSE, "PERSONNEL", "Ses lettres de mission (" + agent + ")");
    }

    private static void attribuer(Connection c, String[] chef, String identifiant, String mission) throws SQLException {
        String[] codeEtTaux = mission.split(":");
        boolean imp = codeEtTaux.length == 2;
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                                                 taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                SELECT ?, ?, ?, m.code, m.dispositif, m.voie, CASE WHEN ? THEN NULL ELSE 1 END, CAST(? AS varchar),
                       coalesce(t.coefficient, 0), m.quantum_heures, DATE '2024-09-02', DATE '2025-06-30', 'ANNUELLE',
                       TIMESTAMPTZ '2024-09-20 10:00+02', ?
                  FROM referentiel.mission_catalogue m LEFT JOIN referentiel.taux_imp t ON t.code_sts = ?
                 WHERE m.code = ?""")) {
            s.setString(1, ANNEE);
            s.setString(2, chef[2]);
            s.setString(3, identifiant);
            s.setBoolean(4, imp);
            s.setString(5, imp ? codeEtTaux[1] : null);
            s.setString(6, chef[0]);
            s.setString(7, imp ? codeEtTaux[1] : null);
            s.setString(8, codeEtTaux[0]);
            s.executeUpdate();
        }
    }

    private static void lettre(Connection c, String[] chef, String identifiant, String etat, String acceptePar,
                               boolean avecImp)
            throws SQLException {
        boolean acceptee = etat.startsWith("ACCEPTEE");
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO mission.lettre (annee_scolaire, uai, identifiant, numero, etat, courante, contenu, signee_le,
                                            signee_par, acceptee_le, acceptee_par, acceptee_par_chef, creee_le)
                SELECT a.annee, e.uai, p.identifiant, 1, ?, true, jsonb_build_object(
                         'uai', e.uai, 'sigle', e.nature, 'denominationPrincipale', e.denomination_principale,
                         'denominationComplementaire', e.denomination_complementaire, 'anneeScolaire', a.annee,
                         'civilite', p.civilite, 'prenom', p.prenom, 'nom', p.nom, 'discipline', p.discipline,
                         'referenceTexte', ?, 'lieuEtDate', 'À ' || e.commune || ', le 27 septembre 2024',
                         'signataire', ?, 'version', 1,
                         'pacte', coalesce((SELECT jsonb_agg(jsonb_build_object('libelle', m.libelle,
                                      'debut', x.date_debut::text, 'fin', x.date_fin::text, 'parts', x.parts::text,
                                      'heures', x.heures::text) ORDER BY m.prioritaire DESC, x.date_debut, x.id)
                                    FROM mission.attribution x JOIN referentiel.mission_catalogue m ON m.code = x.code_mission
                                   WHERE x.annee_scolaire = a.annee AND x.uai = e.uai AND x.identifiant = p.identifiant
                                     AND x.dispositif = 'PACTE'), '[]'::jsonb),
                         'imp', coalesce((SELECT jsonb_agg(jsonb_build_object('libelle', m.libelle,
                                      'debut', x.date_debut::text, 'fin', x.date_fin::text, 'codeTaux', x.taux_imp,
                                      'libelleTaux', lower(left(t.libelle, 1)) || substr(t.libelle, 2),
                                      'nombreImp', t.coefficient::text, 'montantAnnuel', t.montant_annuel::text,
                                      'modalite', 'annuelle (neuvièmes d''octobre à juin)'))
                                    FROM mission.attribution x JOIN referentiel.mission_catalogue m ON m.code = x.code_mission
                                    JOIN referentiel.taux_imp t ON t.code_sts = x.taux_imp
                                   WHERE x.annee_scolaire = a.annee AND x.uai = e.uai AND x.identifiant = p.identifiant
                                     AND x.dispositif = 'IMP'), '[]'::jsonb))::text,
                       TIMESTAMPTZ '2024-09-27 16:00+02', ?,
                       CASE WHEN ? THEN TIMESTAMPTZ '2024-10-01 09:30+02' END, CASE WHEN ? THEN ? END,
                       CASE WHEN ? THEN ? END, TIMESTAMPTZ '2024-09-20 10:00+02'
                  FROM referentiel.personnel p JOIN referentiel.etablissement e ON e.uai = ?
                 CROSS JOIN (SELECT CAST(? AS varchar) AS annee) a
                 WHERE p.identifiant = ?""")) {
            int i = 0;
            s.setString(++i, acceptee ? "ACCEPTEE" : "SIGNEE");
            s.setString(++i, avecImp ? REFERENCE_IMP : REFERENCE_PACTE);
            s.setString(++i, chef[1]);
            s.setString(++i, chef[0]);
            s.setBoolean(++i, acceptee);
            s.setBoolean(++i, acceptee);
            s.setString(++i, acceptePar);
            s.setBoolean(++i, acceptee);
            s.setBoolean(++i, "ACCEPTEE_CHEF".equals(etat));
            s.setString(++i, chef[2]);
            s.setString(++i, ANNEE);
            s.setString(++i, identifiant);
            s.executeUpdate();
        }
    }

    private static String[] premiere(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("Données de démonstration incomplètes : " + sql);
            }
            String[] ligne = new String[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < ligne.length; i++) {
                ligne[i] = rs.getString(i + 1);
            }
            return ligne;
        }
    }
}
