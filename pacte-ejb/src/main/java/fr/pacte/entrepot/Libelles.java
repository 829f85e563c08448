package fr.pacte.entrepot;

import java.util.Map;

/** French labels of the warehouse's codes, as printed in the tables. */
public final class Libelles {

    private static final Map<String, String> LIBELLES = Map.ofEntries(
            Map.entry("sexe:F", "Femmes"), Map.entry("sexe:M", "Hommes"),
            Map.entry("corps:AGREGE", "Agrégés"), Map.entry("corps:CERTIFIE", "Certifiés"),
            Map.entry("corps:PLP", "Professeurs de lycée professionnel"), Map.entry("corps:PEPS", "Professeurs d'EPS"),
            Map.entry("corps:PE", "Professeurs des écoles"), Map.entry("corps:CPE", "CPE"),
            Map.entry("corps:PSYEN", "Psychologues de l'EN"), Map.entry("corps:CONTRACTUEL", "Contractuels"),
            Map.entry("nature:ECOLE", "Écoles"), Map.entry("nature:CLG", "Collèges"),
            Map.entry("nature:LYC", "Lycées généraux et technologiques"), Map.entry("nature:LP", "Lycées professionnels"),
            Map.entry("nature:LPO", "Lycées polyvalents"), Map.entry("nature:EREA", "EREA"),
            Map.entry("ep:", "Hors éducation prioritaire"), Map.entry("ep:REP", "REP"), Map.entry("ep:REP+", "REP+"),
            Map.entry("voie:PREMIER_DEGRE", "Premier degré"), Map.entry("voie:SECOND_DEGRE", "Second degré"),
            Map.entry("voie:VOIE_PRO", "Voie professionnelle"), Map.entry("voie:ACADEMIQUE", "Académique"),
            Map.entry("categorie:RCD", "Remplacement de courte durée"),
            Map.entry("categorie:HEURES_ELEVES", "Heures devant élèves"),
            Map.entry("categorie:FORFAIT", "Missions forfaitaires"),
            Map.entry("categorie:COORDINATION", "Coordination"), Map.entry("categorie:REFERENT", "Référent"),
            Map.entry("categorie:ACADEMIQUE", "Mission académique"), Map.entry("categorie:PONCTUELLE", "Ponctuelle"),
            Map.entry("dispositif:PACTE", "Pacte"), Map.entry("dispositif:IMP", "IMP"),
            Map.entry("modalite:PAYEE", "Rémunérées"), Map.entry("modalite:DECHARGE", "En décharge de service"),
            Map.entry("degre:1", "Premier degré"), Map.entry("degre:2", "Second degré"),
            // seed 003 / taux-imp.csv: the STSWeb code and the yearly amount, which the note says not to confuse
            Map.entry("taux:001", "Taux quart (312,50 €)"), Map.entry("taux:002", "Taux moitié (625 €)"),
            Map.entry("taux:003", "Taux de base (1 250 €)"), Map.entry("taux:004", "Taux double (2 500 €)"),
            Map.entry("taux:005", "Taux triple (3 750 €)"));

    private Libelles() {
    }

    public static String de(String famille, String code) {
        return LIBELLES.getOrDefault(famille + ":" + code, code);
    }
}
