package fr.pacte.it;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Publishes the envelopes of one of the campaigns reserved to the répartition and suivi tests (fixture-suivi.sql). */
final class EnveloppesSuivi {

    private EnveloppesSuivi() {
    }

    /** @param envelopes uai, parts, imp, uai, parts, imp… */
    static void publier(String annee, Object... envelopes) {
        Http rectorat = PacteIT.http().basic("rectorat", "test");
        ok(rectorat.put("/api/allocations/" + annee, "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 50, \"VOIE_PRO\": 50, \"IMP\": 20}"));
        for (int i = 0; i < envelopes.length; i += 3) {
            ok(rectorat.put("/api/dotations/" + annee + "/" + envelopes[i],
                    "{\"parts\": " + envelopes[i + 1] + ", \"imp\": " + envelopes[i + 2] + ", \"version\": 0}"));
        }
        ok(rectorat.postJson("/api/dotations/" + annee + "/publication", "{}"));
    }

    /** A Pacte attribution over the whole school year, as the API takes it. */
    static String pacte(String annee, String uai, String identifiant, String mission, String parts, String heures) {
        String debut = annee.substring(0, 4) + "-09-01";
        String fin = annee.substring(5) + "-06-30";
        return "{\"annee\": \"" + annee + "\", \"uai\": \"" + uai + "\", \"identifiant\": \"" + identifiant
                + "\", \"dispositif\": \"PACTE\", \"codeMission\": \"" + mission + "\", \"parts\": " + parts
                + (heures == null ? "" : ", \"heures\": " + heures)
                + ", \"dateDebut\": \"" + debut + "\", \"dateFin\": \"" + fin + "\", \"modalite\": \"ANNUELLE\"}";
    }

    static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }
}
