package fr.pacte.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Loads donnees-suivi-lettres-087.sql (département 087) once, for SuiviLettresIT and PilotageAccueilIT. */
final class DonneesSuiviLettres {

    static final String COLLEGE_A = "0870001D";
    static final String COLLEGE_B = "0870002E";
    static final String AUBERT = "SLT0000000001";
    static final String BONNET = "SLT0000000002";
    static final String COLIN = "SLT0000000003";

    private DonneesSuiviLettres() {
    }

    static synchronized void charger() {
        try (InputStream in = DonneesSuiviLettres.class.getResourceAsStream("/donnees-suivi-lettres-087.sql");
             Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Http chef(String uai) {
        return PacteIT.http().basic("chef." + uai.toLowerCase(), "test");
    }

    /** Marks the personnel volunteer, then gives him a forfait mission of one part. */
    static void attribuer(String annee, String uai, String identifiant, String mission) {
        Http chef = chef(uai);
        EnveloppesSuivi.ok(chef.put("/api/suivi/" + annee + "/" + uai + "/volontaires/" + identifiant, "{\"volontaire\": true}"));
        var r = chef.postJson("/api/attributions", EnveloppesSuivi.pacte(annee, uai, identifiant, mission, "1", null));
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(mission + " → " + identifiant + " : " + r.statusCode() + " " + r.body());
        }
    }

}
