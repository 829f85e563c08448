package fr.pacte.database.dev;

import fr.pacte.database.demo.CompteDemo;
import org.mindrot.jbcrypt.BCrypt;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** An empty académie still needs one rectorat account to log in and import its référentiel. */
final class ComptesInitiaux {

    static final String MOT_DE_PASSE = "pacte2025";

    private ComptesInitiaux() {
    }

    static CompteDemo creerRectorat(DataSource ds) {
        try (Connection c = ds.getConnection();
             PreparedStatement academie = c.prepareStatement(
                     "INSERT INTO referentiel.academie (code, libelle) VALUES ('ACADEMIE', 'Académie') ON CONFLICT DO NOTHING");
             PreparedStatement compte = c.prepareStatement(
                     "INSERT INTO securite.compte (login, mot_de_passe, role, nom_affiche) VALUES (?, ?, 'RECTORAT', ?)"
                             + " ON CONFLICT (login) DO NOTHING")) {
            academie.executeUpdate();
            compte.setString(1, "rectorat");
            compte.setString(2, BCrypt.hashpw(MOT_DE_PASSE, BCrypt.gensalt(10)));
            compte.setString(3, "Gestionnaire académique");
            compte.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Création du compte rectorat impossible : " + e.getMessage(), e);
        }
        return new CompteDemo("rectorat", MOT_DE_PASSE, "RECTORAT", "Académie");
    }
}
