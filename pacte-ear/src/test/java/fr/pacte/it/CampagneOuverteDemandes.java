package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gives chef.0380001v a published envelope with IMP on the open campaign, through the REST API. Other browser tests
 * work on the same campaign: the allocation is only raised, the envelope only raised to the minimum, the 038 reserve
 * set explicitly (keeping its parts), and a publication already done is fine.
 */
final class CampagneOuverteDemandes {

    static final String ANNEE = "2025-2026";
    static final String UAI = "0380001V";
    static final BigDecimal IMP_MINIMUM = new BigDecimal("6");
    static final BigDecimal RESERVE_IMP_038 = new BigDecimal("3");
    private static final String MOTIF = "\"motif\": \"Préparation du test des demandes\"";

    private CampagneOuverteDemandes() {
    }

    static void preparer(Http rectorat) {
        JsonObject enveloppe = enveloppe(rectorat);
        BigDecimal imp = enveloppe.getJsonNumber("imp").bigDecimalValue();
        JsonObject reserve = reserve038(rectorat);
        BigDecimal impCible = imp.max(IMP_MINIMUM);
        BigDecimal besoin = distribue(rectorat).subtract(nombre(reserve, "imp")).subtract(imp)
                .add(impCible).add(RESERVE_IMP_038);
        if (alloue(rectorat).compareTo(besoin) < 0) {
            ok(rectorat.put("/api/allocations/" + ANNEE, "{\"IMP\": " + besoin.toPlainString() + "}"));
        }
        ok(rectorat.put("/api/reserves/" + ANNEE + "/038", "{\"partsPremierDegre\": " + nombre(reserve, "partsPremierDegre")
                + ", \"partsSecondDegre\": " + nombre(reserve, "partsSecondDegre")
                + ", \"partsVoiePro\": " + nombre(reserve, "partsVoiePro")
                + ", \"imp\": " + RESERVE_IMP_038 + ", " + MOTIF + "}"));
        if (imp.compareTo(IMP_MINIMUM) < 0) {
            ok(rectorat.put("/api/dotations/" + ANNEE + "/" + UAI, "{\"parts\": " + enveloppe.getJsonNumber("parts")
                    + ", \"imp\": " + IMP_MINIMUM + ", \"version\": " + enveloppe.getJsonNumber("version") + ", " + MOTIF + "}"));
        }
        HttpResponse<String> publication = rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}");
        assertTrue(publication.statusCode() == 200
                || publication.statusCode() == 422 && publication.body().contains("déjà publiées"), publication.body());
    }

    /** A request of chef.0380001v on the open campaign, filed through the API; @return its number */
    static long creer(String nature, String quantite, boolean deposer) {
        var r = new Http(PacteIT.BASE).basic("chef.0380001v", "test").postJson("/api/demandes", "{\"annee\": \"" + ANNEE
                + "\", \"nature\": \"" + nature + "\", \"quantite\": " + quantite
                + ", \"justification\": \"Projet de l'établissement\", \"deposer\": " + deposer + "}");
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    static JsonObject enveloppe(Http rectorat) {
        HttpResponse<String> r = rectorat.get("/api/dotations/" + ANNEE + "/" + UAI);
        ok(r);
        return Json.objet(r.body());
    }

    private static JsonObject reserve038(Http rectorat) {
        HttpResponse<String> r = rectorat.get("/api/reserves/" + ANNEE);
        ok(r);
        return Json.structure(r.body()).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("departement").equals("038")).findFirst().orElse(JsonValue.EMPTY_JSON_OBJECT);
    }

    private static BigDecimal alloue(Http rectorat) {
        return ligneImp(rectorat, "alloue");
    }

    private static BigDecimal distribue(Http rectorat) {
        return ligneImp(rectorat, "distribue");
    }

    private static BigDecimal ligneImp(Http rectorat, String champ) {
        HttpResponse<String> r = rectorat.get("/api/allocations/" + ANNEE);
        ok(r);
        JsonArray lignes = Json.structure(r.body()).asJsonArray();
        return lignes.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("ligne").equals("IMP"))
                .findFirst().map(o -> nombre(o, champ)).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal nombre(JsonObject o, String champ) {
        return o.containsKey(champ) && o.get(champ).getValueType() == JsonValue.ValueType.NUMBER
                ? o.getJsonNumber(champ).bigDecimalValue() : BigDecimal.ZERO;
    }

    /** "2.50" → "2,5", as the pages show quantities. */
    static String affiche(BigDecimal valeur) {
        return valeur.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }
}
