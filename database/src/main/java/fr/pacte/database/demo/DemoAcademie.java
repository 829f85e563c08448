package fr.pacte.database.demo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Generates the demonstration académie de Grenoble (départements, établissements, personnels, campaigns,
 * one account per role) and writes it in one transaction into a migrated, empty référentiel.
 * The data is drawn from a fixed seed: the same size always gives the same rows.
 * Only the bcrypt hashes of the accounts differ between runs, as each gets a fresh salt.
 */
public final class DemoAcademie {

    public static final String CODE_ACADEMIE = "GRENOBLE";
    public static final String LIBELLE_ACADEMIE = "Académie de Grenoble";
    private static final long GRAINE = 2025;

    private DemoAcademie() {
    }

    /** True when the académie has no établissement yet, i.e. when {@link #charger} will accept to load. */
    public static boolean estVide(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            return Ecriture.compter(s, "SELECT count(*) FROM referentiel.etablissement") == 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture du référentiel impossible : " + e.getMessage(), e);
        }
    }

    /**
     * Loads the académie.
     *
     * @throws IllegalStateException if the académie already has établissements or serves another académie
     *                               (nothing is written), or if the database refuses the rows (all is rolled back)
     */
    public static Resultat charger(DataSource ds, Taille taille) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(taille, "taille");
        long debut = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Resultat resultat = ecrire(new Ecriture(c), taille, debut);
                c.commit();
                return resultat;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException echec) {
                    e.addSuppressed(echec);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Chargement de l'académie de démonstration impossible : " + e.getMessage(), e);
        }
    }

    private static Resultat ecrire(Ecriture ecriture, Taille taille, long debut) throws SQLException {
        ecriture.verifierVide(CODE_ACADEMIE);
        Random random = new Random(GRAINE);
        List<Etablissement> etablissements = new GenerateurEtablissements(random, Listes.lire("/demo/etablissements.txt"))
                .generer(taille.etablissements());
        List<Personnel> personnels = new GenerateurPersonnels(random, Listes.lire("/demo/noms.txt"),
                Listes.lire("/demo/carrieres.txt")).generer(etablissements, taille.personnels());
        ecriture.academie(CODE_ACADEMIE, LIBELLE_ACADEMIE);
        int departements = ecriture.departements();
        int nbEtablissements = ecriture.etablissements(etablissements);
        int nbPersonnels = ecriture.personnels(personnels);
        int campagnes = ecriture.campagnes();
        List<CompteDemo> comptes = ecriture.comptes(Compte.demo(etablissements));
        DemoDotations.charger(ecriture.connexion());
        // the suivi's missions first: its statements then touch only its own rows of the chef's LP; the payments'
        // missions last, for the other personnels
        DemoSuivi.charger(ecriture.connexion());
        comptes.add(DemoLettres.charger(ecriture.connexion()));
        DemoPaiements.charger(ecriture.connexion());
        volontaires(ecriture.connexion());
        return new Resultat(departements, nbEtablissements, nbPersonnels, campagnes, comptes,
                Duration.ofNanos(System.nanoTime() - debut));
    }

    /**
     * Everyone the demo gives a mission to declared himself a volunteer before it (seed 002 « sur la base du
     * volontariat »; the campaigns require it by default).
     */
    private static void volontaires(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO mission.volontaire (annee_scolaire, uai, identifiant, declare_le, declare_par)
                    SELECT a.annee_scolaire, a.uai, a.identifiant, min(a.creee_le) - interval '7 days', 'chef.' || lower(a.uai)
                      FROM mission.attribution a GROUP BY a.annee_scolaire, a.uai, a.identifiant
                    ON CONFLICT DO NOTHING""");
        }
    }
}
