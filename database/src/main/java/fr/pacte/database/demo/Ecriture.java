package fr.pacte.database.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes the generated académie with batched inserts on a connection whose transaction the caller owns. */
final class Ecriture {

    private static final int LOT = 1_000;

    private final Connection connexion;

    Connection connexion() {
        return connexion;
    }

    Ecriture(Connection connexion) {
        this.connexion = connexion;
    }

    /** Locks out a concurrent load until commit, then refuses an académie that already has établissements. */
    void verifierVide(String codeAcademie) throws SQLException {
        try (Statement s = connexion.createStatement()) {
            s.execute("LOCK TABLE referentiel.academie, referentiel.etablissement IN SHARE ROW EXCLUSIVE MODE");
            if (compter(s, "SELECT count(*) FROM referentiel.etablissement") > 0) {
                throw new IllegalStateException("L'académie contient déjà des établissements : "
                        + "l'académie de démonstration ne se charge que dans une base vide.");
            }
            try (ResultSet rs = s.executeQuery("SELECT code FROM referentiel.academie")) {
                if (rs.next() && !codeAcademie.equals(rs.getString(1))) {
                    throw new IllegalStateException("Cette installation sert l'académie " + rs.getString(1)
                            + " : l'académie de démonstration (" + codeAcademie + ") ne peut pas y être chargée.");
                }
            }
        }
    }

    static long compter(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void academie(String code, String libelle) throws SQLException {
        try (PreparedStatement ps = connexion.prepareStatement("INSERT INTO referentiel.academie (id, code, libelle)"
                + " VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET libelle = EXCLUDED.libelle")) {
            ps.setString(1, code);
            ps.setString(2, libelle);
            ps.executeUpdate();
        }
    }

    int departements() throws SQLException {
        try (PreparedStatement ps = connexion.prepareStatement("INSERT INTO referentiel.departement (code, libelle)"
                + " VALUES (?, ?) ON CONFLICT (code) DO NOTHING")) {
            for (Departement d : Departement.values()) {
                ps.setString(1, d.code);
                ps.setString(2, d.libelle);
                ps.addBatch();
            }
            return somme(ps.executeBatch());
        }
    }

    int etablissements(List<Etablissement> etablissements) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = connexion.prepareStatement("INSERT INTO referentiel.etablissement (uai, nature,"
                + " denomination_principale, denomination_complementaire, departement_code, commune, secteur,"
                + " education_prioritaire, recherche) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int rang = 0;
            for (Etablissement e : etablissements) {
                ps.setString(1, e.uai());
                ps.setString(2, e.nature().name());
                ps.setString(3, e.denominationPrincipale());
                ps.setString(4, e.denominationComplementaire());
                ps.setString(5, e.departement().code);
                ps.setString(6, e.commune());
                ps.setString(7, e.secteur());
                ps.setString(8, e.educationPrioritaire());
                ps.setString(9, e.recherche());
                n += ajouter(ps, ++rang);
            }
            n += somme(ps.executeBatch());
        }
        circonscriptions();
        return n;
    }

    /** Three circonscriptions per département, its écoles dealt among them in UAI order (the IEN's scope). */
    private void circonscriptions() throws SQLException {
        try (Statement s = connexion.createStatement()) {
            s.execute("INSERT INTO referentiel.circonscription (code, libelle, departement_code)"
                    + " SELECT d.departement_code || 'C' || k, 'Circonscription n°' || k || ' (' || d.departement_code || ')',"
                    + " d.departement_code FROM (SELECT DISTINCT departement_code FROM referentiel.etablissement"
                    + " WHERE nature = 'ECOLE') d, generate_series(1, 3) k ON CONFLICT DO NOTHING");
            s.execute("UPDATE referentiel.etablissement e SET circonscription_code = e.departement_code || 'C' || (1 + r.n % 3)"
                    + " FROM (SELECT uai, row_number() OVER (PARTITION BY departement_code ORDER BY uai) - 1 AS n"
                    + " FROM referentiel.etablissement WHERE nature = 'ECOLE') r WHERE r.uai = e.uai");
        }
    }

    int personnels(List<Personnel> personnels) throws SQLException {
        try (PreparedStatement ps = connexion.prepareStatement("INSERT INTO referentiel.personnel (identifiant,"
                + " civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            int rang = 0;
            for (Personnel p : personnels) {
                ps.setString(1, p.identifiant());
                ps.setString(2, p.civilite());
                ps.setString(3, p.nom());
                ps.setString(4, p.prenom());
                ps.setString(5, p.sexe());
                ps.setObject(6, p.dateNaissance());
                ps.setString(7, p.corps());
                ps.setString(8, p.discipline());
                ps.setString(9, p.uaiAffectation());
                ps.setString(10, p.recherche());
                n += ajouter(ps, ++rang);
            }
            return n + somme(ps.executeBatch());
        }
    }

    /** 2024-2025 closed and 2025-2026 open, with the table's default settings. */
    int campagnes() throws SQLException {
        try (PreparedStatement ps = connexion.prepareStatement("INSERT INTO referentiel.campagne (annee_scolaire,"
                + " date_debut, date_fin, statut) VALUES (?, ?, ?, ?) ON CONFLICT (annee_scolaire) DO NOTHING")) {
            for (int annee : new int[] {2024, 2025}) {
                ps.setString(1, annee + "-" + (annee + 1));
                ps.setObject(2, LocalDate.of(annee, 9, 1));
                ps.setObject(3, LocalDate.of(annee + 1, 8, 31));
                ps.setString(4, annee == 2024 ? "CLOSE" : "OUVERTE");
                ps.addBatch();
            }
            return somme(ps.executeBatch());
        }
    }

    /** Existing logins are kept as they are: only the accounts actually created are returned. */
    List<CompteDemo> comptes(List<Compte> comptes) throws SQLException {
        List<CompteDemo> crees = new ArrayList<>();
        try (PreparedStatement ps = connexion.prepareStatement("INSERT INTO securite.compte (login, mot_de_passe,"
                + " role, departement_code, uai, nom_affiche, circonscription_code) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (login) DO NOTHING")) {
            for (Compte c : comptes) {
                ps.setString(1, c.login());
                ps.setString(2, c.hash());
                ps.setString(3, c.role());
                ps.setString(4, c.departementCode());
                ps.setString(5, c.uai());
                ps.setString(6, c.nomAffiche());
                ps.setString(7, c.circonscription());
                if (ps.executeUpdate() == 1) {
                    crees.add(c.demo());
                }
            }
        }
        return crees;
    }

    /** Adds the row to the batch and sends the batch every {@link #LOT} rows, returning the rows written. */
    private static int ajouter(PreparedStatement ps, int rang) throws SQLException {
        ps.addBatch();
        return rang % LOT == 0 ? somme(ps.executeBatch()) : 0;
    }

    private static int somme(int[] comptes) {
        int somme = 0;
        for (int c : comptes) {
            somme += c == Statement.SUCCESS_NO_INFO ? 1 : c;
        }
        return somme;
    }
}
