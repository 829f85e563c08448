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

-- Written as one stream sorted once, with no join between derived sets: what fell due (T), what payroll received (E)
-- and, for an attribution without T row, an anchor row (A, where its regularisation goes) are summed per attribution
-- by window aggregates. Right after a bulk load the planner has no statistics on the new attributions; a join of derived sets
-- then became a nested loop (50 000 × 50 000 comparisons: minutes instead of a second) — a stream cannot.
CREATE FUNCTION paiement.a_verser(p_annee varchar, p_premier_ouvert date, p_jusqu_a date DEFAULT NULL)
RETURNS TABLE (attribution_id bigint, identifiant varchar, uai varchar, dispositif varchar, code_mission varchar,
               taux varchar, mois date, montant numeric, regularisation boolean)
LANGUAGE sql STABLE AS $$
WITH a AS (
    SELECT a.id, a.identifiant, a.uai, a.dispositif, a.code_mission,
           CASE WHEN a.dispositif = 'PACTE' THEN trim_scale(a.parts)::varchar ELSE a.taux_imp END AS taux,
           a.montant, a.modalite, a.annulee, a.date_debut, a.date_fin, c.paiement_entree_tardive AS regle,
           make_date(left(p_annee, 4)::int, 10, 1) AS octobre, make_date(left(p_annee, 4)::int + 1, 6, 1) AS juin,
           coalesce(p_jusqu_a, DATE 'infinity') AS fin,
           (a.modalite = 'PONCTUELLE' AND EXISTS (SELECT 1 FROM paiement.service_fait s WHERE s.attribution_id = a.id))
               AS service_fait
      FROM mission.attribution a JOIN referentiel.campagne c ON c.annee_scolaire = a.annee_scolaire
     WHERE a.annee_scolaire = p_annee),
-- whether the schedule has a line up to the last month asked for (T rows below)
e AS (
    SELECT a.*, NOT a.annulee AND a.montant <> 0 AND CASE a.modalite
               WHEN 'ANNUELLE' THEN least(a.juin, greatest(a.octobre, date_trunc('month', a.date_debut)::date)) <= a.fin
               WHEN 'PONCTUELLE' THEN a.service_fait AND (date_trunc('month', a.date_fin) + interval '1 month')::date <= a.fin
               ELSE false END AS echeances
      FROM a),
annuelle AS (
    SELECT y.*, trunc(y.montant / y.diviseur, 2) AS tranche
      FROM (SELECT x.*, CASE WHEN x.regle = 'ETALEMENT' THEN x.restants ELSE 9 END AS diviseur
              FROM (SELECT p.*, (12 * (extract(year FROM p.juin) - extract(year FROM p.premier))
                                 + extract(month FROM p.juin) - extract(month FROM p.premier))::int + 1 AS restants
                      FROM (SELECT a.*, greatest(a.octobre, least(a.juin, date_trunc('month', a.date_debut)::date)) AS premier
                              FROM e a WHERE a.echeances AND a.modalite = 'ANNUELLE') p) x) y),
flux AS (
    -- T: the schedule the attribution calls for today (ninths, the first catching up, June the rest)
    SELECT t.id, t.identifiant, t.uai, t.dispositif, t.code_mission, t.taux, m::date AS mois, 'T' AS sorte,
           CASE WHEN m = t.juin THEN t.montant - CASE WHEN t.premier < t.juin THEN t.tranche * (t.diviseur - 1) ELSE 0 END
                WHEN m = t.premier THEN t.tranche * (t.diviseur - t.restants + 1)
                ELSE t.tranche END AS montant
      FROM annuelle t, generate_series(t.premier, least(t.juin, t.fin), interval '1 month') m
    UNION ALL
    -- T: a one-off mission, the month after its end, once its service fait is recorded
    SELECT a.id, a.identifiant, a.uai, a.dispositif, a.code_mission, a.taux,
           (date_trunc('month', a.date_fin) + interval '1 month')::date, 'T', a.montant
      FROM e a WHERE a.echeances AND a.modalite = 'PONCTUELLE'
    UNION ALL
    -- E: what payroll received
    SELECT e.attribution_id, NULL, NULL, NULL, NULL, NULL, e.mois, 'E', e.montant
      FROM paiement.echeance e WHERE e.annee_scolaire = p_annee AND e.execution_id IS NOT NULL
    UNION ALL
    -- A: an attribution without any T row, to carry its regularisation (the others carry it on their first T row)
    SELECT a.id, a.identifiant, a.uai, a.dispositif, a.code_mission, a.taux, p_premier_ouvert, 'A', 0
      FROM e a WHERE NOT a.echeances),
bilan AS (
    SELECT f.*,
           coalesce(sum(f.montant) FILTER (WHERE f.sorte = 'T' AND f.mois < p_premier_ouvert) OVER w, 0) AS du,
           sum(f.montant) FILTER (WHERE f.sorte = 'E') OVER w AS envoye,
           coalesce(bool_or(f.sorte = 'T' AND f.mois = p_premier_ouvert) OVER w, false) AS au_premier,
           -- the row that carries the regularisation: the attribution's first T row, or its A row (E sorts last)
           row_number() OVER (PARTITION BY f.id ORDER BY f.sorte = 'E', f.mois) AS rang
      FROM flux f
    WINDOW w AS (PARTITION BY f.id))
-- what is still to come; if nothing was ever sent, what fell due is added to the first open month's instalment
SELECT b.id, b.identifiant, b.uai, b.dispositif, b.code_mission, b.taux, b.mois,
       b.montant + CASE WHEN b.envoye IS NULL AND b.mois = p_premier_ouvert THEN b.du ELSE 0 END, false
  FROM bilan b WHERE b.sorte = 'T' AND b.mois >= p_premier_ouvert
UNION ALL
-- the difference between what fell due and what was sent: a regularisation line (or, never paid and no instalment
-- in the first open month, what fell due paid there)
SELECT b.id, b.identifiant, b.uai, b.dispositif, b.code_mission, b.taux, p_premier_ouvert,
       b.du - coalesce(b.envoye, 0), b.envoye IS NOT NULL
  FROM bilan b
 WHERE b.rang = 1 AND b.sorte <> 'E' AND b.du - coalesce(b.envoye, 0) <> 0 AND (b.envoye IS NOT NULL OR NOT b.au_premier)
$$;

COMMENT ON FUNCTION paiement.a_verser(varchar, date, date) IS
    'Instalments still to be sent from the first open month on (up to p_jusqu_a when given), derived from the attributions'
    ' as fr.pacte.paiement.Echeancier derives them; regularisation lines in the first open month.';
