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
        "Part des bénéficiaires (%)", "Missions", "Parts du Pacte", "Montant engagé (€)", "Missions en décharge"};

    private static final String SQL = """
            WITH b AS (SELECT DISTINCT personnel_cle FROM entrepot.fait_attribution WHERE annee_scolaire = :annee),
                 s AS (SELECT count(*) AS eff, count(b.personnel_cle) AS ben
                         FROM entrepot.dim_personnel p
                         JOIN entrepot.dim_etablissement e ON e.annee_scolaire = p.annee_scolaire AND e.uai = p.uai
                         LEFT JOIN b ON b.personnel_cle = p.personnel_cle
                        WHERE p.annee_scolaire = :annee :filtre),
                 a AS (SELECT count(*) AS mis, coalesce(sum(f.parts), 0) AS parts, coalesce(sum(f.montant_engage), 0) AS mont,
                              count(*) FILTER (WHERE f.modalite = 'DECHARGE') AS dec,
                              count(DISTINCT f.personnel_cle) AS nm,
                              count(DISTINCT f.personnel_cle) FILTER (WHERE f.dispositif = 'PACTE') AS np,
                              count(DISTINCT f.personnel_cle) FILTER (WHERE f.modalite <> 'DECHARGE') AS nr,
                              count(DISTINCT f.personnel_cle) FILTER (WHERE f.modalite = 'DECHARGE') AS nd
                         FROM entrepot.fait_attribution f
                         JOIN entrepot.dim_etablissement e ON e.annee_scolaire = f.annee_scolaire AND e.uai = f.uai
                        WHERE f.annee_scolaire = :annee :filtre)
            SELECT eff, ben, round(100.0 * ben / nullif(eff, 0), 1), mis, parts, mont, dec,
                   eff, ben, ben, nm, np, nr, nd
              FROM s, a""";

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
