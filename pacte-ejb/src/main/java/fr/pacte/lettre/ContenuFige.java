package fr.pacte.lettre;

import fr.pacte.rapport.LettreDeMission;
import fr.pacte.rapport.MissionImpLettre;
import fr.pacte.rapport.MissionLettre;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a signed letter, frozen as JSON in mission.lettre.contenu: every field the template prints, so the
 * signed version renders exactly the same later, whatever happens to the attributions or the référentiel.
 */
public final class ContenuFige {

    private ContenuFige() {
    }

    public static String ecrire(LettreDeMission l) {
        JsonArrayBuilder pacte = Json.createArrayBuilder();
        for (MissionLettre m : l.missionsPacte()) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            texte(o, "libelle", m.libelle());
            date(o, "debut", m.debut());
            date(o, "fin", m.fin());
            nombre(o, "parts", m.parts());
            nombre(o, "heures", m.heures());
            texte(o, "bilanRemisA", m.bilanRemisA());
            pacte.add(o);
        }
        JsonArrayBuilder imp = Json.createArrayBuilder();
        for (MissionImpLettre m : l.missionsImp()) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            texte(o, "libelle", m.libelle());
            date(o, "debut", m.debut());
            date(o, "fin", m.fin());
            texte(o, "codeTaux", m.codeTaux());
            texte(o, "libelleTaux", m.libelleTaux());
            nombre(o, "nombreImp", m.nombreImp());
            nombre(o, "montantAnnuel", m.montantAnnuel());
            texte(o, "modalite", m.modalite());
            texte(o, "bilanRemisA", m.bilanRemisA());
            imp.add(o);
        }
        JsonObjectBuilder o = Json.createObjectBuilder();
        texte(o, "uai", l.uai());
        texte(o, "sigle", l.sigle());
        texte(o, "denominationPrincipale", l.denominationPrincipale());
        texte(o, "denominationComplementaire", l.denominationComplementaire());
        texte(o, "anneeScolaire", l.anneeScolaire());
        texte(o, "civilite", l.civilite());
        texte(o, "prenom", l.prenom());
        texte(o, "nom", l.nom());
        texte(o, "discipline", l.discipline());
        texte(o, "referenceTexte", l.referenceTexte());
        texte(o, "lieuEtDate", l.lieuEtDate());
        texte(o, "signataire", l.signataire());
        o.add("version", l.version());
        return o.add("pacte", pacte).add("imp", imp).build().toString();
    }

    public static LettreDeMission lire(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        List<MissionLettre> pacte = o.getJsonArray("pacte").getValuesAs(JsonObject.class).stream()
                .map(m -> new MissionLettre(texte(m, "libelle"), date(m, "debut"), date(m, "fin"), nombre(m, "parts"),
                        nombre(m, "heures"), texte(m, "bilanRemisA"))).toList();
        List<MissionImpLettre> imp = o.getJsonArray("imp").getValuesAs(JsonObject.class).stream()
                .map(m -> new MissionImpLettre(texte(m, "libelle"), date(m, "debut"), date(m, "fin"),
                        texte(m, "codeTaux"), texte(m, "libelleTaux"), nombre(m, "nombreImp"),
                        nombre(m, "montantAnnuel"), texte(m, "modalite"), texte(m, "bilanRemisA"))).toList();
        return new LettreDeMission(texte(o, "uai"), texte(o, "sigle"), texte(o, "denominationPrincipale"),
                texte(o, "denominationComplementaire"), texte(o, "anneeScolaire"), texte(o, "civilite"),
                texte(o, "prenom"), texte(o, "nom"), texte(o, "discipline"), texte(o, "referenceTexte"), pacte, imp,
                texte(o, "lieuEtDate"), texte(o, "signataire"), o.getInt("version"));
    }

    private static void texte(JsonObjectBuilder o, String cle, String valeur) {
        if (valeur != null) {
            o.add(cle, valeur);
        }
    }

    private static void date(JsonObjectBuilder o, String cle, LocalDate valeur) {
        if (valeur != null) {
            o.add(cle, valeur.toString());
        }
    }

    /** As text: a BigDecimal keeps its exact value and scale (« 1,5 », « 625,00 € »). */
    private static void nombre(JsonObjectBuilder o, String cle, BigDecimal valeur) {
        if (valeur != null) {
            o.add(cle, valeur.toPlainString());
        }
    }

    private static String texte(JsonObject o, String cle) {
        JsonValue v = o.get(cle);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(cle);
    }

    private static LocalDate date(JsonObject o, String cle) {
        String v = texte(o, cle);
        return v == null ? null : LocalDate.parse(v);
    }

    private static BigDecimal nombre(JsonObject o, String cle) {
        String v = texte(o, cle);
        return v == null ? null : new BigDecimal(v);
    }
}
