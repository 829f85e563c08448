package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.Colonne;
import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.Grille;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.pacte.entrepot.Colonne.Format.DECIMAL;
import static fr.pacte.entrepot.Colonne.Format.MONTANT;
import static fr.pacte.entrepot.Colonne.Format.NOMBRE;
import static fr.pacte.entrepot.Colonne.Format.TAUX;
import static fr.pacte.entrepot.Colonne.additive;
import static fr.pacte.entrepot.Colonne.derivee;

/**
 * The SQL of each table of the annual report. A query returns the row key (NULL on the total row of its GROUPING
 * SETS), then the values, then the persons behind each value; {@code :annee} and {@code :filtre} (filters on the
 * établissement {@code e}) are bound in order.
 */
final class RequetesRapport {

    private static final Pattern JETONS = Pattern.compile(":annee|:filtre|:population");
    /** Persons of the population only; {@code p} is the person's profile (dim_personnel) of the campaign. */
    private static final String POPULATION = " AND p.population = ANY (?)";
    /** The profile of the person behind a fact {@code f}, for the population. */
    static final String PERS = " JOIN entrepot.dim_personnel p ON p.annee_scolaire = f.annee_scolaire AND p.personnel_cle = f.personnel_cle ";
    private static final String FILTRE = " AND (CAST(? AS text) IS NULL OR e.departement_code = ?)"
            + " AND (CAST(? AS text) IS NULL OR e.nature = ?) AND (CAST(? AS text) IS NULL OR e.secteur = ?)";
    private static final String ENSEMBLE = "Ensemble";
    /** Cells that count no person (envelopes): never masked for themselves, chosen last for the secondary secret. */
    private static final long HORS_PERSONNES = Integer.MAX_VALUE;
    static final String ETAB = " JOIN entrepot.dim_etablissement e ON e.annee_scolaire = f.annee_scolaire AND e.uai = f.uai ";

    private final Connection c;
    private final String annee;
    private final FiltreStatistiques filtre;

    RequetesRapport(Connection c, String annee, FiltreStatistiques filtre) {
        this.c = c;
        this.annee = annee;
        this.filtre = filtre;
    }

    List<Grille> partsDeBeneficiaires() throws SQLException {
        List<Grille> g = new ArrayList<>();
        g.add(partSelon("T01", "le sexe", "Sexe", "p.sexe", "p.sexe", k -> libelle("sexe", k)));
        g.add(partSelon("T02", "la tranche d'âge", "Tranche d'âge", "p.tranche_age",
                "p.tranche_age <> 'Moins de 30 ans', p.tranche_age", k -> k));
        g.add(partSelon("T03", "le corps", "Corps", "p.corps", "p.corps", k -> libelle("corps", k)));
        g.add(partSelon("T04", "la nature de l'établissement", "Nature", "e.nature", "e.nature", k -> libelle("nature", k)));
        g.add(partSelon("T05", "l'éducation prioritaire", "Éducation prioritaire", "e.education_prioritaire",
                "e.education_prioritaire", k -> libelle("ep", k)));
        g.add(partSelon("T06", "le département", "Département", "e.departement_code || ' ' || e.departement_libelle",
                "1", k -> k));
        return g;
    }

    Grille partSelon(String code, String selon, String libelleLignes, String cle, String ordre,
            Function<String, String> libelle) throws SQLException {
        Grille g = new Grille(code, "Personnels ayant au moins une mission selon " + selon,
                "Population : " + filtre.population().libelle() + ", affectés dans l'académie pendant la campagne "
                        + "(unité : personne). Bénéficiaires : personnes ayant au moins une mission en vigueur, Pacte "
                        + "(parts) ou IMP (payée ou en décharge) ; une personne ayant les deux compte une fois dans "
                        + "« Bénéficiaires » et une fois dans chaque dispositif.",
                libelleLignes, List.of(additive("Effectif", NOMBRE), additive("Bénéficiaires", NOMBRE),
                derivee("Part (%)", TAUX, 0, 1), additive("Bénéficiaires Pacte", NOMBRE),
                derivee("Part Pacte (%)", TAUX, 0, 3), additive("Bénéficiaires IMP", NOMBRE),
                derivee("Part IMP (%)", TAUX, 0, 5)));
        return lire(g, 7, libelle, """
                WITH b AS (SELECT personnel_cle, bool_or(dispositif = 'PACTE') AS pacte, bool_or(dispositif = 'IMP') AS imp
                             FROM entrepot.fait_attribution WHERE annee_scolaire = :annee GROUP BY personnel_cle)
                SELECT %1$s, count(*), count(b.personnel_cle), round(100.0 * count(b.personnel_cle) / nullif(count(*), 0), 1),
                       count(*) FILTER (WHERE b.pacte), round(100.0 * count(*) FILTER (WHERE b.pacte) / nullif(count(*), 0), 1),
                       count(*) FILTER (WHERE b.imp), round(100.0 * count(*) FILTER (WHERE b.imp) / nullif(count(*), 0), 1),
                       count(*), count(b.personnel_cle), count(b.personnel_cle), count(*) FILTER (WHERE b.pacte),
                       count(*) FILTER (WHERE b.pacte), count(*) FILTER (WHERE b.imp), count(*) FILTER (WHERE b.imp)
                  FROM entrepot.dim_personnel p
                  JOIN entrepot.dim_etablissement e ON e.annee_scolaire = p.annee_scolaire AND e.uai = p.uai
                  LEFT JOIN b ON b.personnel_cle = p.personnel_cle
                 WHERE p.annee_scolaire = :annee :filtre :population
                 GROUP BY GROUPING SETS ((%1$s), ()) ORDER BY grouping(%1$s), %2$s""".formatted(cle, ordre));
    }

    Grille missionsParCategorie() throws SQLException {
        Grille g = new Grille("T07", "Missions selon le dispositif et la catégorie",
                "Missions en vigueur (hors annulées). Heures : heures annuelles des missions à l'heure du Pacte.",
                "Dispositif et catégorie", List.of(additive("Missions", NOMBRE), additive("Bénéficiaires", NOMBRE),
                additive("Parts", DECIMAL), additive("Heures", DECIMAL)));
        return lire(g, 4, k -> libelle("dispositif", k.split(":")[0]) + " – " + libelle("categorie", k.split(":")[1]), """
                SELECT f.dispositif || ':' || m.categorie, count(*), count(DISTINCT f.personnel_cle),
                       coalesce(sum(f.parts), 0), coalesce(sum(f.heures), 0),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_attribution f JOIN entrepot.dim_mission m ON m.annee_scolaire = f.annee_scolaire AND m.code = f.code_mission""" + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee :filtre :population
                 GROUP BY GROUPING SETS ((f.dispositif, m.categorie), ())
                 ORDER BY grouping(f.dispositif), f.dispositif DESC, m.categorie""");
    }

    Grille missionsParMission() throws SQLException {
        Grille g = new Grille("T08", "Missions selon la mission du catalogue", "Code de la mission dans le catalogue "
                + "académique (annexe des textes du Pacte et de l'IMP).", "Mission",
                List.of(additive("Missions", NOMBRE), additive("Bénéficiaires", NOMBRE), additive("Parts", DECIMAL),
                        additive("IMP (unités)", DECIMAL)));
        return lire(g, 4, k -> k, """
                SELECT f.code_mission, count(*), count(DISTINCT f.personnel_cle), coalesce(sum(f.parts), 0),
                       coalesce(sum(f.unites_imp) FILTER (WHERE f.dispositif = 'IMP'), 0),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_attribution f""" + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee :filtre :population
                 GROUP BY GROUPING SETS ((f.code_mission), ()) ORDER BY grouping(f.code_mission), f.code_mission""");
    }

    Grille payeesEtDecharges() throws SQLException {
        Grille g = new Grille("T09", "Missions IMP payées et missions IMP en décharge de service",
                "Missions IMP en vigueur de la population (unité : mission). Une IMP peut être convertie en décharge de "
                        + "service (3 IMP au taux de base = 3 heures hebdomadaires, seed 003) : elle se paie en temps, "
                        + "pas en euros. Part : part des missions IMP, comme la note DEPP (11,5 % en décharge en "
                        + "2020-2021) ; les missions du Pacte n'y entrent pas.", "Modalité",
                List.of(additive("Missions IMP", NOMBRE), additive("Bénéficiaires", NOMBRE),
                        derivee("Part des missions IMP (%)", TAUX, 0),
                        additive("Heures hebdomadaires de décharge", DECIMAL), additive("Montant engagé (€)", MONTANT)));
        String cle = "CASE WHEN f.modalite = 'DECHARGE' THEN 'DECHARGE' ELSE 'PAYEE' END";
        return lire(g, 5, k -> libelle("modalite", k), """
                SELECT %1$s, count(*), count(DISTINCT f.personnel_cle),
                       round(100.0 * count(*) / nullif(sum(count(*)) OVER (PARTITION BY grouping(%1$s)), 0), 1),
                       coalesce(sum(f.unites_imp) FILTER (WHERE f.modalite = 'DECHARGE'), 0), sum(f.montant_engage),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_attribution f""".formatted(cle) + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee AND f.dispositif = 'IMP' :filtre :population
                 GROUP BY GROUPING SETS ((%1$s), ()) ORDER BY grouping(%1$s), 1 DESC""".formatted(cle));
    }

    Grille montantsParDepartement() throws SQLException {
        Grille g = new Grille("T10", "Montants engagés et versés selon le département",
                "Engagé : montant annuel des missions rémunérées (part × montant de la part, IMP à leur taux). "
                        + "Versé : échéances envoyées en paie par les mises en paiement mensuelles, régularisations "
                        + "comprises.", "Département",
                List.of(additive("Bénéficiaires", NOMBRE), additive("Montant engagé (€)", MONTANT),
                        additive("Montant versé (€)", MONTANT)));
        String cle = "e.departement_code || ' ' || e.departement_libelle";
        return lire(g, 3, k -> k, """
                WITH a AS (SELECT coalesce(%1$s, '~') AS k, count(DISTINCT f.personnel_cle) AS n, sum(f.montant_engage) AS m
                             FROM entrepot.fait_attribution f%2$s%3$s
                            WHERE f.annee_scolaire = :annee AND f.modalite <> 'DECHARGE' :filtre :population
                            GROUP BY GROUPING SETS ((%1$s), ())),
                     v AS (SELECT coalesce(%1$s, '~') AS k, count(DISTINCT f.personnel_cle) AS n, sum(f.montant) AS m
                             FROM entrepot.fait_echeance f%2$s%3$s
                            WHERE f.annee_scolaire = :annee AND f.envoyee :filtre :population
                            GROUP BY GROUPING SETS ((%1$s), ()))
                SELECT nullif(k, '~'), coalesce(a.n, 0), coalesce(a.m, 0), coalesce(v.m, 0),
                       coalesce(a.n, 0), coalesce(a.n, 0), coalesce(v.n, 0)
                  FROM a FULL JOIN v USING (k) ORDER BY k = '~', k""".formatted(cle, ETAB, PERS));
    }

    Grille paiementsParMois() throws SQLException {
        return new PaiementsParMois(this).grille();
    }

    Grille montantMoyenParSexe() throws SQLException {
        Grille g = new Grille("T12", "Montant moyen d'IMP perçu par bénéficiaire selon le sexe",
                "Bénéficiaires : personnes de la population ayant perçu au moins une échéance d'IMP envoyée en paie "
                        + "par une mise en paiement mensuelle (régularisations comprises) ; montant : total de ces "
                        + "échéances (unité : euro). Comme la note DEPP (990 € pour les femmes, 1 280 € pour les "
                        + "hommes en 2020-2021), le Pacte n'y entre pas.", "Sexe",
                List.of(additive("Bénéficiaires payés", NOMBRE), additive("Montant perçu (€)", MONTANT),
                        derivee("Montant moyen (€)", MONTANT, 0, 1)));
        return lire(g, 3, k -> libelle("sexe", k), """
                SELECT p.sexe, count(DISTINCT f.personnel_cle), sum(f.montant),
                       round(sum(f.montant) / nullif(count(DISTINCT f.personnel_cle), 0), 2),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_echeance f""" + PERS + ETAB + """
                 WHERE f.annee_scolaire = :annee AND f.envoyee AND f.dispositif = 'IMP' :filtre :population
                 GROUP BY GROUPING SETS ((p.sexe), ()) ORDER BY grouping(p.sexe), p.sexe""");
    }

    Grille lettresSignees() throws SQLException {
        Grille g = new Grille("T17", "Lettres de mission signées et acceptées selon le degré",
                "Population selon le degré de l'établissement d'affectation (unité : personne). Signataires : "
                        + "personnes dont la lettre de mission en vigueur est signée par le chef d'établissement ; "
                        + "acceptée : signée aussi par l'agent ; « dans le délai » : au plus tard à la date limite des "
                        + "lettres de la campagne (0 si la campagne n'en fixe pas).", "Degré",
                List.of(additive("Effectif", NOMBRE), additive("Lettre signée", NOMBRE), derivee("Part (%)", TAUX, 0, 1),
                        additive("Signée dans le délai", NOMBRE), additive("Lettre acceptée", NOMBRE),
                        additive("Acceptée dans le délai", NOMBRE)));
        return lire(g, 6, k -> libelle("degre", k), """
                WITH l AS (SELECT personnel_cle, bool_or(signee) AS s, bool_or(acceptee) AS a,
                                  bool_or(signee_dans_le_delai) AS sd, bool_or(acceptee_dans_le_delai) AS ad
                             FROM entrepot.fait_lettre WHERE annee_scolaire = :annee GROUP BY personnel_cle)
                SELECT p.degre::text, count(*), count(*) FILTER (WHERE l.s),
                       round(100.0 * count(*) FILTER (WHERE l.s) / nullif(count(*), 0), 1),
                       count(*) FILTER (WHERE l.sd), count(*) FILTER (WHERE l.a), count(*) FILTER (WHERE l.ad),
                       count(*), count(*) FILTER (WHERE l.s), count(*) FILTER (WHERE l.s), count(*) FILTER (WHERE l.sd),
                       count(*) FILTER (WHERE l.a), count(*) FILTER (WHERE l.ad)
                  FROM entrepot.dim_personnel p
                  JOIN entrepot.dim_etablissement e ON e.annee_scolaire = p.annee_scolaire AND e.uai = p.uai
                  LEFT JOIN l ON l.personnel_cle = p.personnel_cle
                 WHERE p.annee_scolaire = :annee :filtre :population
                 GROUP BY GROUPING SETS ((p.degre), ()) ORDER BY grouping(p.degre), p.degre""");
    }

    Grille partsParSignataire() throws SQLException {
        Grille g = new Grille("T13", "Parts du Pacte par signataire selon la voie",
                "Signataire : personnel ayant au moins une part du Pacte dans la voie.", "Voie",
                List.of(additive("Signataires", NOMBRE), additive("Parts", DECIMAL),
                        derivee("Parts par signataire", DECIMAL, 0, 1)));
        return lire(g, 3, k -> libelle("voie", k), """
                SELECT f.voie, count(DISTINCT f.personnel_cle), sum(f.parts),
                       round(sum(f.parts) / nullif(count(DISTINCT f.personnel_cle), 0), 1),
                       count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle), count(DISTINCT f.personnel_cle)
                  FROM entrepot.fait_attribution f""" + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee AND f.dispositif = 'PACTE' :filtre :population
                 GROUP BY GROUPING SETS ((f.voie), ()) ORDER BY grouping(f.voie), f.voie""");
    }

    Grille partDuRcd() throws SQLException {
        Grille g = new Grille("T14", "Part du remplacement de courte durée dans les parts du Pacte",
                "Le RCD est la mission prioritaire : les parts lui sont attribuées en premier.", "Voie",
                List.of(additive("Parts RCD", DECIMAL), additive("Parts", DECIMAL), derivee("Part du RCD (%)", TAUX, 0, 1)));
        return lire(g, 3, k -> libelle("voie", k), """
                SELECT f.voie, coalesce(sum(f.parts) FILTER (WHERE m.prioritaire), 0), sum(f.parts),
                       round(100 * coalesce(sum(f.parts) FILTER (WHERE m.prioritaire), 0) / nullif(sum(f.parts), 0), 1),
                       count(DISTINCT f.personnel_cle) FILTER (WHERE m.prioritaire), count(DISTINCT f.personnel_cle),
                       count(DISTINCT f.personnel_cle) FILTER (WHERE m.prioritaire)
                  FROM entrepot.fait_attribution f JOIN entrepot.dim_mission m ON m.annee_scolaire = f.annee_scolaire AND m.code = f.code_mission""" + ETAB + PERS + """
                 WHERE f.annee_scolaire = :annee AND f.dispositif = 'PACTE' :filtre :population
                 GROUP BY GROUPING SETS ((f.voie), ()) ORDER BY grouping(f.voie), f.voie""");
    }

    Grille consommationEnveloppes() throws SQLException {
        Grille g = new Grille("T15", "Consommation des enveloppes selon le département et la nature",
                "Notifié : enveloppe de l'établissement ; attribué : missions en vigueur imputées sur elle.",
                "Département et nature", List.of(additive("Parts notifiées", DECIMAL), additive("Parts attribuées", DECIMAL),
                derivee("Parts consommées (%)", TAUX, 0, 1), additive("IMP notifiées", DECIMAL),
                additive("IMP attribuées", DECIMAL), derivee("IMP consommées (%)", TAUX, 3, 4)));
        String cle = "e.departement_code || ' ' || e.nature";
        return lire(g, 6, k -> k.substring(0, 4) + libelle("nature", k.substring(4)), """
                WITH v AS (SELECT coalesce(%1$s, '~') AS k, sum(f.parts_notifiees) AS pn, sum(f.parts_attribuees) AS pa,
                                  sum(f.imp_notifies) AS im, sum(f.imp_attribues) AS ia
                             FROM entrepot.fait_enveloppe f%2$s WHERE f.annee_scolaire = :annee :filtre
                            GROUP BY GROUPING SETS ((%1$s), ())),
                     n AS (SELECT coalesce(%1$s, '~') AS k,
                                  count(DISTINCT f.personnel_cle) FILTER (WHERE f.dispositif = 'PACTE') AS np,
                                  count(DISTINCT f.personnel_cle) FILTER (WHERE f.dispositif = 'IMP' AND f.modalite <> 'DECHARGE') AS ni
                             FROM entrepot.fait_attribution f%2$s WHERE f.annee_scolaire = :annee :filtre
                            GROUP BY GROUPING SETS ((%1$s), ()))
                SELECT nullif(v.k, '~'), v.pn, v.pa, round(100 * v.pa / nullif(v.pn, 0), 1), v.im, v.ia,
                       round(100 * v.ia / nullif(v.im, 0), 1),
                       %3$d, coalesce(n.np, 0), coalesce(n.np, 0), %3$d, coalesce(n.ni, 0), coalesce(n.ni, 0)
                  FROM v LEFT JOIN n USING (k) ORDER BY v.k = '~', v.k""".formatted(cle, ETAB, HORS_PERSONNES));
    }

    String annee() {
        return annee;
    }

    /** Runs the query and adds its rows (the NULL key is the total row) to the table. */
    Grille lire(Grille g, int n, Function<String, String> libelle, String sql) throws SQLException {
        try (PreparedStatement ps = preparer(sql, annee); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String k = rs.getString(1);
                BigDecimal[] v = new BigDecimal[n];
                long[] p = new long[n];
                for (int i = 0; i < n; i++) {
                    // no row under a filter: a sum is 0; a rate or an average over zero is not defined ("—")
                    BigDecimal valeur = rs.getBigDecimal(2 + i);
                    v[i] = valeur == null && g.colonne(i).additive() ? BigDecimal.ZERO : valeur;
                    p[i] = rs.getLong(2 + n + i);
                }
                if (k == null) {
                    g.total(ENSEMBLE, v, p);
                } else {
                    g.ligne(libelle.apply(k), v, p);
                }
            }
        }
        return g;
    }

    PreparedStatement preparer(String sql, String campagne) throws SQLException {
        Matcher m = JETONS.matcher(sql);
        StringBuilder texte = new StringBuilder();
        List<Object> valeurs = new ArrayList<>();
        while (m.find()) {
            if (m.group().equals(":annee")) {
                m.appendReplacement(texte, "?");
                valeurs.add(campagne);
            } else if (m.group().equals(":population")) {
                m.appendReplacement(texte, POPULATION);
                valeurs.add(filtre.population().categories().toArray(String[]::new));
            } else {
                m.appendReplacement(texte, FILTRE);
                for (String f : new String[]{filtre.departement(), filtre.nature(), filtre.secteur()}) {
                    valeurs.add(f);
                    valeurs.add(f);
                }
            }
        }
        m.appendTail(texte);
        PreparedStatement ps = c.prepareStatement(texte.toString());
        for (int i = 0; i < valeurs.size(); i++) {
            if (valeurs.get(i) instanceof String[] liste) {
                ps.setArray(i + 1, c.createArrayOf("text", liste));
            } else {
                ps.setString(i + 1, (String) valeurs.get(i));
            }
        }
        return ps;
    }

    static String libelle(String famille, String code) {
        return fr.pacte.entrepot.Libelles.de(famille, code);
    }
}
