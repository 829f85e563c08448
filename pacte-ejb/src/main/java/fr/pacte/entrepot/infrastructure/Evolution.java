package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.Colonne;
import fr.pacte.entrepot.Grille;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Key figures of the campaign beside those of the previous one (when loaded in the warehouse). */
final class Evolution {

    private static final String[] INDICATEURS = {"Personnels", "Bénéficiaires d'au moins une mission",
        "Part des bénéficiaires (%)", "Bénéficiaires du Pacte", "Bénéficiaires d'une IMP", "Missions", "Parts du Pacte",
        "Missions IMP", "Missions IMP en décharge", "Part des missions IMP en décharge (%)", "Montant engagé (€)",
        "Montant d'IMP perçu (€)", "Personnels ayant signé leur lettre de mission"};

    /** The headline figures of the report, for the population and filters asked, then the persons behind each. */
    private static final String SQL = """
            WITH b AS (SELECT personnel_cle, bool_or(dispositif = 'PACTE') AS pacte, bool_or(dispositif = 'IMP') AS imp
                         FROM entrepot.fait_attribution WHERE annee_scolaire = :annee GROUP BY personnel_cle),
                 l AS (SELECT DISTINCT personnel_cle FROM entrepot.fait_lettre WHERE annee_scolaire = :annee AND signee),
                 s AS (SELECT count(*) AS eff, count(b.personnel_cle) AS ben, count(*) FILTER (WHERE b.pacte) AS benp,
                              count(*) FILTER (WHERE b.imp) AS beni, count(l.personnel_cle) AS sig
                         FROM entrepot.dim_personnel p
                         JOIN entrepot.dim_etablissement e ON e.annee_scolaire = p.annee_scolaire AND e.uai = p.uai
                         LEFT JOIN b ON b.personnel_cle = p.personnel_cle
                         LEFT JOIN l ON l.personnel_cle = p.personnel_cle
                        WHERE p.annee_scolaire = :annee :filtre :population),
                 a AS (SELECT count(*) AS mis, coalesce(sum(f.parts), 0) AS parts, coalesce(sum(f.montant_engage), 0) AS mont,
                              count(*) FILTER (WHERE f.dispositif = 'IMP') AS imp,
                              count(*) FILTER (WHERE f.dispositif = 'IMP' AND f.modalite = 'DECHARGE') AS dec,
                              count(DISTINCT f.personnel_cle) AS nm,
                              count(DISTINCT f.personnel_cle) FILTER (WHERE f.dispositif = 'PACTE') AS np,
                              count(DISTINCT f.personnel_cle) FILTER (WHERE f.dispositif = 'IMP') AS ni,
                              count(DISTINCT f.personnel_cle) FILTER (WHERE f.modalite = 'DECHARGE') AS nd
                         FROM entrepot.fait_attribution f
                         JOIN entrepot.dim_etablissement e ON e.annee_scolaire = f.annee_scolaire AND e.uai = f.uai
                         JOIN entrepot.dim_personnel p ON p.annee_scolaire = f.annee_scolaire AND p.personnel_cle = f.personnel_cle
                        WHERE f.annee_scolaire = :annee :filtre :population),
                 v AS (SELECT coalesce(sum(f.montant), 0) AS recu, count(DISTINCT f.personnel_cle) AS nv
                         FROM entrepot.fait_echeance f
                         JOIN entrepot.dim_etablissement e ON e.annee_scolaire = f.annee_scolaire AND e.uai = f.uai
                         JOIN entrepot.dim_personnel p ON p.annee_scolaire = f.annee_scolaire AND p.personnel_cle = f.personnel_cle
                        WHERE f.annee_scolaire = :annee AND f.envoyee AND f.dispositif = 'IMP' :filtre :population)
            SELECT eff, ben, round(100.0 * ben / nullif(eff, 0), 1), benp, beni, mis, parts, imp, dec,
                   round(100.0 * dec / nullif(imp, 0), 1), mont, recu, sig,
                   eff, ben, ben, benp, beni, nm, np, ni, nd, nd, nm, nv, sig
              FROM s, a, v""";

    private final RequetesRapport requetes;
    private final String precedente;

    Evolution(RequetesRapport requetes, String precedente) {
        this.requetes = requetes;
        this.precedente = precedente;
    }

    Grille grille() throws SQLException {
        List<Colonne> colonnes = new ArrayList<>();
        if (precedente != null) {
            colonnes.add(Colonne.simple(precedente, Colonne.Format.DECIMAL));
        }
        colonnes.add(Colonne.simple(requetes.annee(), Colonne.Format.DECIMAL));
        if (precedente != null) {
            colonnes.add(Colonne.derivee("Évolution (%)", Colonne.Format.TAUX, 0, 1));
        }
        Grille g = new Grille("T16", "Évolution par rapport à la campagne précédente",
                precedente == null ? "La campagne précédente n'est pas chargée dans l'entrepôt."
                        : "Évolution : (N − N-1) / N-1, en pourcentage ; « — » (sans objet) quand la valeur de N-1 "
                        + "est nulle ou non définie.", "Indicateur", colonnes);
        Object[][] n = indicateurs(requetes.annee());
        Object[][] p = precedente == null ? null : indicateurs(precedente);
        for (int i = 0; i < INDICATEURS.length; i++) {
            BigDecimal vn = (BigDecimal) n[0][i];
            long pn = (Long) n[1][i];
            if (p == null) {
                g.ligne(INDICATEURS[i], new BigDecimal[]{vn}, new long[]{pn});
            } else {
                BigDecimal vp = (BigDecimal) p[0][i];
                BigDecimal evolution = vp == null || vp.signum() == 0 || vn == null ? null
                        : vn.subtract(vp).multiply(BigDecimal.valueOf(100)).divide(vp, 1, RoundingMode.HALF_UP);
                long pp = (Long) p[1][i];
                g.ligne(INDICATEURS[i], new BigDecimal[]{vp, vn, evolution}, new long[]{pp, pn, Math.min(pp, pn)});
            }
        }
        return g;
    }

    private Object[][] indicateurs(String campagne) throws SQLException {
        try (PreparedStatement ps = requetes.preparer(SQL, campagne); ResultSet rs = ps.executeQuery()) {
            rs.next();
            Object[][] r = new Object[2][INDICATEURS.length];
            for (int i = 0; i < INDICATEURS.length; i++) {
                r[0][i] = rs.getBigDecimal(1 + i);
                r[1][i] = rs.getLong(1 + INDICATEURS.length + i);
            }
            return r;
        }
    }
}
