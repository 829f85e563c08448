package fr.pacte.database.dev;

import fr.pacte.database.demo.CompteDemo;
import org.mindrot.jbcrypt.BCrypt;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The first administrator of an académie that is not the demo (issue 16, point 3): the run command creates it only
 * when asked ({@code -Dpacte.vide=true}), with a random password valid once — the account can do nothing but change
 * it (V24, role MOT_DE_PASSE_PROVISOIRE) — printed on the console and stored nowhere in clear.
 */
final class ComptesInitiaux {

    static final String LOGIN = "rectorat";
    /** No 0/O, 1/l/I: a password read off a console and typed by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom ALEA = new SecureRandom();

    private ComptesInitiaux() {
    }

    /** @return the account and its one-time password, or null when the académie already has a rectorat account */
    static CompteDemo creerRectorat(DataSource ds) {
        String motDePasse = provisoire();
        try (Connection c = ds.getConnection();
             PreparedStatement academie = c.prepareStatement(
                     "INSERT INTO referentiel.academie (code, libelle) VALUES ('ACADEMIE', 'Académie') ON CONFLICT DO NOTHING");
             PreparedStatement compte = c.prepareStatement(
                     "INSERT INTO securite.compte (login, mot_de_passe, role, nom_affiche, mot_de_passe_provisoire)"
                             + " SELECT ?, ?, 'RECTORAT', ?, true"
                             + " WHERE NOT EXISTS (SELECT 1 FROM securite.compte WHERE role = 'RECTORAT')"
                             + " ON CONFLICT (login) DO NOTHING")) {
            academie.executeUpdate();
            compte.setString(1, LOGIN);
            compte.setString(2, BCrypt.hashpw(motDePasse, BCrypt.gensalt(10)));
            compte.setString(3, "Gestionnaire académique");
            if (compte.executeUpdate() == 0) {
                return null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Création du compte rectorat impossible : " + e.getMessage(), e);
        }
        return new CompteDemo(LOGIN, motDePasse, "RECTORAT", "Académie (mot de passe provisoire, à changer à la première connexion)");
    }

    /** 16 characters of three kinds at least (two groups of 8 with a dash): fits the password rules too. */
    static String provisoire() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(ALPHABET.charAt(ALEA.nextInt(ALPHABET.length())));
            if (i == 7) {
                s.append('-');
            }
        }
        return s.toString();
    }
}
