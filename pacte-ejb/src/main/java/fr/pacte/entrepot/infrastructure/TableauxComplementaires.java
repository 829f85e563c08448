package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.Grille;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static fr.pacte.entrepot.Colonne.Format.DECIMAL;
import static fr.pacte.entrepot.Colonne.Format.MONTANT;
import static fr.pacte.entrepot.Colonne.Format.NOMBRE;
import static fr.pacte.entrepot.Colonne.Format.TAUX;
import static fr.pacte.entrepot.Colonne.additive;
import static fr.pacte.entrepot.Colonne.derivee;
import static fr.pacte.entrepot.infrastructure.RequetesRapport.ETAB;
import static fr.pacte.entrepot.infrastructure.RequetesRapport.PERS;

/**
 * The tables issue 18 asked beside the first seventeen: secteur, discipline, discipline × mission, IMP rate, level
 * (établissement or académie), hours planned / done / redeployed, degré. Same conventions as {@link RequetesRapport}.
 */
final class TableauxComplementaires {

    private final RequetesRapport r;

    TableauxComplementaires(RequetesRapport r) {
        this.r = r;
    }

    List<Grille> grilles() throws SQLException {
        List<Grille> g = new ArrayList<>();
        g.add(r.partSelon("T18", "le secteur", "Secteur", "e.secteur", "e.secteur DESC",
                k -> "PU".equals(k) ? "Public" : "Privé sous contrat"));
        g.add(r.partSelon("T19", "la discipline", "Discipline", "coalesce(nullif(p.discipline, ''), 'Sans discipline')",
                "1", k -> k));
        g.add(disciplineEtMission());
        g.add(parTaux());
        g.add(parNiveau());
        g.add(heures());
        g.add(r.partSelon("T24", "le degré", "Degré", "p.degre::text", "1", k -> RequetesRapport.libelle("degre", k)));
        return g;
    }

    private Grille disciplineEtMission() throws SQLException {
        Grille g = new Grille("T20", "Missions selon la discipline de l'enseignant et la mission",
                "Missions en vigueur de la population (unité : mission), selon la discipline de la personne et le code "
                        + "de la mission dans le catalogue de la campagne.", "Discipline – mission",
                List.of(additive("Missions", NOMBRE), additive("Bénéficiaires", NOMBRE)));
        String cle = "coalesce(nullif(p.discipline, ''), 'Sans discipline') || ' – ' || f.code_mission";
        return r.lire(g, 2, k -> k, """
                SELECT %1$s, count(*), count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_attribution f""".formatted(cle) + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee :filtre :population
                 GROUP BY GROUPING SETS ((%1$s), ()) ORDER BY grouping(%1$s), 1""".formatted(cle));
    }

    private Grille parTaux() throws SQLException {
        Grille g = new Grille("T21", "Missions IMP selon le taux",
                "Missions IMP en vigueur de la population (unité : mission), selon le taux de paiement de STSWeb "
                        + "(seed 003 : taux de base 1 250 € par an, taux 1 dit « quart » 312,50 €). Unités : "
                        + "nombre d'IMP au taux de base ; montant : engagé sur l'année.", "Taux",
                List.of(additive("Missions", NOMBRE), additive("Bénéficiaires", NOMBRE), additive("Unités IMP", DECIMAL),
                        additive("Montant engagé (€)", MONTANT)));
        return r.lire(g, 4, k -> RequetesRapport.libelle("taux", k), """
                SELECT f.taux_imp, count(*), count(DISTINCT f.personnel_cle), sum(f.unites_imp), sum(f.montant_engage),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_attribution f""" + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee AND f.dispositif = 'IMP' :filtre :population
                 GROUP BY GROUPING SETS ((f.taux_imp), ()) ORDER BY grouping(f.taux_imp), f.taux_imp""");
    }

    private Grille parNiveau() throws SQLException {
        Grille g = new Grille("T22", "Missions selon le niveau : établissement ou académie",
                "Missions de l'établissement (attribuées par le chef d'établissement sur son enveloppe) et missions "
                        + "académiques (attribuées par le recteur, seed 003 : référent culture, chargé de mission "
                        + "académique…). Unité : mission ; montant engagé sur l'année.", "Niveau",
                List.of(additive("Missions", NOMBRE), additive("Bénéficiaires", NOMBRE), additive("Parts", DECIMAL),
                        additive("Unités IMP", DECIMAL), additive("Montant engagé (€)", MONTANT)));
        String cle = "CASE WHEN f.voie = 'ACADEMIQUE' THEN 'ACADEMIE' ELSE 'ETABLISSEMENT' END";
        return r.lire(g, 5, k -> "ACADEMIE".equals(k) ? "Académie" : "Établissement", """
                SELECT %1$s, count(*), count(DISTINCT f.personnel_cle), coalesce(sum(f.parts), 0),
                       coalesce(sum(f.unites_imp) FILTER (WHERE f.dispositif = 'IMP'), 0), sum(f.montant_engage),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_attribution f""".formatted(cle) + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee :filtre :population
                 GROUP BY GROUPING SETS ((%1$s), ()) ORDER BY grouping(%1$s), 1 DESC""".formatted(cle));
    }

    private Grille heures() throws SQLException {
        Grille g = new Grille("T23", "Heures des missions du Pacte : prévues, faites et redéployées",
                "Missions du Pacte à l'heure (quantum d'heures, seeds 001/002) de la population ; unité : heure. "
                        + "Prévues : heures de la mission, redéploiements compris ; reçues / cédées : heures "
                        + "déplacées d'une mission à une autre du même établissement (seed 000) ; faites : relevé du "
                        + "suivi (missions relevées seulement).", "Catégorie",
                List.of(additive("Missions", NOMBRE), additive("Heures prévues", DECIMAL),
                        additive("Heures reçues par redéploiement", DECIMAL),
                        additive("Heures cédées par redéploiement", DECIMAL), additive("Missions relevées", NOMBRE),
                        additive("Heures faites", DECIMAL), derivee("Faites / prévues relevées (%)", TAUX, 4, 5)));
        return r.lire(g, 7, k -> RequetesRapport.libelle("categorie", k), """
                SELECT m.categorie, count(*), sum(f.heures), sum(f.heures_recues), sum(f.heures_cedees),
                       count(f.heures_faites), coalesce(sum(f.heures_faites), 0),
                       round(100 * sum(f.heures_faites) / nullif(sum(f.heures) FILTER (WHERE f.heures_faites IS NOT NULL), 0), 1),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle) FILTER (WHERE f.heures_faites IS NOT NULL),
                       count(DISTINCT f.personnel_cle) FILTER (WHERE f.heures_faites IS NOT NULL),
                       count(DISTINCT f.personnel_cle) FILTER (WHERE f.heures_faites IS NOT NULL)
                  FROM entrepot.fait_attribution f
                  JOIN entrepot.dim_mission m ON m.annee_scolaire = f.annee_scolaire AND m.code = f.code_mission""" + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee AND f.dispositif = 'PACTE' AND f.heures IS NOT NULL :filtre :population
                 GROUP BY GROUPING SETS ((m.categorie), ()) ORDER BY grouping(m.categorie), m.categorie""");
    }
}
