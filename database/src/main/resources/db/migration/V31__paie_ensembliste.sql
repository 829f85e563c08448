-- Issue 19, point 1: the monthly run is computed by PostgreSQL in one INSERT … SELECT.
--
-- paiement.a_verser(campagne, premier mois ouvert, dernier mois voulu) derives, from the attributions as they are
-- now, every instalment still to be sent: the same rules as fr.pacte.paiement.Echeancier, which stays the reference
-- (EcheancierSqlTest compares both on generated cases):
--   * ANNUELLE: ninths from October to June (or the months left, campaign setting ETALEMENT), each rounded down to the
--     cent, the first month catching up the months missed, June absorbing the remainder (seeds 001/002: « versée
--     mensuellement »; the texts are silent on late starts, hence the campaign setting);
--   * PONCTUELLE: once, the month after its end, when the service fait is recorded (seed 003);
--   * DECHARGE, cancelled, zero amount: nothing;
--   * what payroll received is never rewritten: if something was sent, the difference between what fell due before
--     the first open month and what was sent is one regularisation line in that month; if nothing was ever sent, what
--     fell due is simply paid in the first open month (added to its instalment).
-- Planned rows are no longer stored: every screen derives them with this function when it shows them.

-- the planned rows of the previous design: nothing reads them any more (sent rows stay, they are immutable)
DELETE FROM paiement.echeance WHERE execution_id IS NULL;

-- The names payroll received, copied when the month is sent, so that the month's files can be rebuilt identically
-- from its rows whatever becomes of the référentiel. Rows sent before this migration have none (their files were
-- stored when the month closed).
ALTER TABLE paiement.echeance ADD COLUMN nom varchar(100), ADD COLUMN prenom varchar(100);

CREATE INDEX echeance_execution ON paiement.echeance (execution_id);

-- The files are produced after the run's commit, in the background: their state and progress (percent).
ALTER TABLE paiement.execution
    ADD COLUMN fichiers_etat varchar(12) NOT NULL DEFAULT 'PRETS'
        CHECK (fichiers_etat IN ('EN_COURS', 'PRETS', 'ECHEC')),
    ADD COLUMN fichiers_progression smallint NOT NULL DEFAULT 100 CHECK (fichiers_progression BETWEEN 0 AND 100),
    ADD COLUMN fichiers_erreur text;
-- the months already closed have their files (default above); a new run starts with none
ALTER TABLE paiement.execution ALTER COLUMN fichiers_etat SET DEFAULT 'EN_COURS',
                               ALTER COLUMN fichiers_progression SET DEFAULT 0;
-- ready means written: no path can mark a month's files ready while they are empty
ALTER TABLE paiement.execution ADD CONSTRAINT execution_fichiers_prets
    CHECK (fichiers_etat <> 'PRETS' OR (octet_length(fichier_csv) > 0 AND octet_length(fichier_xlsx) > 0
                                         AND octet_length(synthese_pdf) > 0));

CREATE FUNCTION paiement.a_verser(p_annee varchar, p_premier_ouvert date, p_jusqu_a date DEFAULT NULL)
RETURNS TABLE (attribution_id bigint, identifiant varchar, uai varchar, dispositif varchar, code_mission varchar,
               taux varchar, mois date, montant numeric, regularisation boolean)
LANGUAGE sql STABLE AS $$
WITH a AS (
    SELECT a.id, a.identifiant, a.uai, a.dispositif, a.code_mission,
           CASE WHEN a.dispositif = 'PACTE' THEN trim_scale(a.parts)::varchar ELSE a.taux_imp END AS taux,
           a.montant, a.modalite, a.annulee, a.date_debut, a.date_fin, c.paiement_entree_tardive AS regle,
           make_date(left(p_annee, 4)::int, 10, 1) AS octobre, make_date(left(p_annee, 4)::int + 1, 6, 1) AS juin,
           coalesce(p_jusqu_a, DATE 'infinity') AS fin
      FROM mission.attribution a JOIN referentiel.campagne c ON c.annee_scolaire = a.annee_scolaire
     WHERE a.annee_scolaire = p_annee),
annuelle AS (
    SELECT y.*, trunc(y.montant / y.diviseur, 2) AS tranche
      FROM (SELECT x.*, CASE WHEN x.regle = 'ETALEMENT' THEN x.restants ELSE 9 END AS diviseur
              FROM (SELECT p.*, (12 * (extract(year FROM p.juin) - extract(year FROM p.premier))
                                 + extract(month FROM p.juin) - extract(month FROM p.premier))::int + 1 AS restants
                      FROM (SELECT a.*, greatest(a.octobre, least(a.juin, date_trunc('month', a.date_debut)::date)) AS premier
                              FROM a WHERE NOT a.annulee AND a.modalite = 'ANNUELLE' AND a.montant <> 0) p) x) y),
theorique AS (
    SELECT t.id, m::date AS mois,
           CASE WHEN m = t.juin THEN t.montant - CASE WHEN t.premier < t.juin THEN t.tranche * (t.diviseur - 1) ELSE 0 END
                WHEN m = t.premier THEN t.tranche * (t.diviseur - t.restants + 1)
                ELSE t.tranche END AS montant
      FROM annuelle t, generate_series(t.premier, least(t.juin, t.fin), interval '1 month') m
    UNION ALL
    SELECT a.id, (date_trunc('month', a.date_fin) + interval '1 month')::date, a.montant
      FROM a
     WHERE NOT a.annulee AND a.modalite = 'PONCTUELLE' AND a.montant <> 0
       AND (date_trunc('month', a.date_fin) + interval '1 month')::date <= a.fin
       AND EXISTS (SELECT 1 FROM paiement.service_fait s WHERE s.attribution_id = a.id)),
envoye AS (
    SELECT e.attribution_id, sum(e.montant) AS total
      FROM paiement.echeance e WHERE e.annee_scolaire = p_annee AND e.execution_id IS NOT NULL
     GROUP BY e.attribution_id),
ecart AS (
    SELECT a.id, v.total AS envoye, coalesce(bool_or(t.mois = p_premier_ouvert), false) AS au_premier,
           coalesce(sum(t.montant) FILTER (WHERE t.mois < p_premier_ouvert), 0) - coalesce(v.total, 0) AS ecart
      FROM a LEFT JOIN theorique t ON t.id = a.id LEFT JOIN envoye v ON v.attribution_id = a.id
     GROUP BY a.id, v.total),
lignes AS (
    SELECT t.id, t.mois,
           t.montant + CASE WHEN e.envoye IS NULL AND t.mois = p_premier_ouvert THEN e.ecart ELSE 0 END AS montant,
           false AS regularisation
      FROM theorique t JOIN ecart e ON e.id = t.id
     WHERE t.mois >= p_premier_ouvert
    UNION ALL
    SELECT e.id, p_premier_ouvert, e.ecart, e.envoye IS NOT NULL
      FROM ecart e
     WHERE e.ecart <> 0 AND (e.envoye IS NOT NULL OR NOT e.au_premier))
SELECT a.id, a.identifiant, a.uai, a.dispositif, a.code_mission, a.taux, l.mois, l.montant, l.regularisation
  FROM lignes l JOIN a ON a.id = l.id
$$;

COMMENT ON FUNCTION paiement.a_verser(varchar, date, date) IS
    'Instalments still to be sent from the first open month on (up to p_jusqu_a when given), derived from the attributions'
    ' as fr.pacte.paiement.Echeancier derives them; regularisation lines in the first open month.';
