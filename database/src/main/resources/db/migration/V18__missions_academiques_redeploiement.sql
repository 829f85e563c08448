-- Issue 15, point 3: académie-level IMP attributed by the rectorat, and the redéploiement to a colleague.
--
-- 1. « Le recteur peut également attribuer des IMP pour des missions académiques » (seed 003). Such an attribution
--    keeps the UAI of the personnel's affectation (his établissement: scopes, payment files and consolidation group
--    by it) but its voie is ACADEMIQUE: it takes nothing from that établissement's envelope and is consumed from the
--    académie's IMP allocation line instead. V11's rule "an attribution needs an envelope" now applies to the others
--    only; académique IMP are added to dotation.allocation.distribue, so that the CHECK allocation_non_depassee holds
--    académique IMP + envelopes + département reserves <= the IMP allocation, whoever writes.
-- 2. Redéploiement (seed 000, « leur redéploiement sur d'autres missions quantifiées en heures pour le volume horaire
--    restant à accomplir »): towards the same agent's missions by default; towards a colleague only when the campaign
--    allows it, and then as a transfer of the hours and of their parts (so of their payment).

-- An académique mission is an IMP paid in euros: a décharge is taken on an établissement's quota, Pacte parts on its envelope.
ALTER TABLE mission.attribution
    ADD CONSTRAINT attribution_academique_imp CHECK (voie <> 'ACADEMIQUE' OR (dispositif = 'IMP' AND modalite <> 'DECHARGE'));

-- V11's trigger function, the académique rows set apart: envelopes for the others, the allocation's IMP line for them.
CREATE OR REPLACE FUNCTION mission.suivre_consommation() RETURNS trigger AS $$
DECLARE
    v_annees varchar[]; v_uais varchar[]; v_parts numeric[]; v_imp numeric[]; v_decharge numeric[]; v_actives boolean[];
    acad record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(annee_scolaire), array_agg(uai), array_agg(p), array_agg(i), array_agg(h), array_agg(true)
          INTO v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives
          FROM (SELECT annee_scolaire, uai, coalesce(sum(parts), 0) AS p,
                       sum(CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END) AS i,
                       sum(CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END) AS h
                  FROM nouvelles WHERE NOT annulee AND voie <> 'ACADEMIQUE' GROUP BY 1, 2) d;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(annee_scolaire), array_agg(uai), array_agg(-p), array_agg(-i), array_agg(-h), array_agg(false)
          INTO v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives
          FROM (SELECT annee_scolaire, uai, coalesce(sum(parts), 0) AS p,
                       sum(CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END) AS i,
                       sum(CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END) AS h
                  FROM anciennes WHERE NOT annulee AND voie <> 'ACADEMIQUE' GROUP BY 1, 2) d;
    ELSE
        SELECT array_agg(annee_scolaire), array_agg(uai), array_agg(p), array_agg(i), array_agg(h), array_agg(active)
          INTO v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives
          FROM (SELECT annee_scolaire, uai, coalesce(sum(parts), 0) AS p, sum(i) AS i, sum(h) AS h, bool_or(active) AS active
                  FROM (SELECT annee_scolaire, uai, parts, CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END AS i,
                               CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END AS h, true AS active
                          FROM nouvelles WHERE NOT annulee AND voie <> 'ACADEMIQUE'
                        UNION ALL
                        SELECT annee_scolaire, uai, -parts, CASE WHEN modalite <> 'DECHARGE' THEN -unites_imp ELSE 0 END,
                               CASE WHEN modalite = 'DECHARGE' THEN -unites_imp ELSE 0 END, false
                          FROM anciennes WHERE NOT annulee AND voie <> 'ACADEMIQUE') m
                 GROUP BY 1, 2) d;
    END IF;
    IF v_annees IS NOT NULL THEN
        PERFORM mission.imputer_enveloppes(v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives);
    END IF;
    -- académique IMP: one delta per campaign on the allocation's IMP line (a campaign without one is refused there);
    -- each event sees only its own transition tables, hence three queries
    IF TG_OP = 'INSERT' THEN
        FOR acad IN SELECT annee_scolaire, sum(unites_imp) AS delta FROM nouvelles
                     WHERE NOT annulee AND voie = 'ACADEMIQUE' GROUP BY 1 ORDER BY 1 LOOP
            PERFORM dotation.distribuer(acad.annee_scolaire, 'IMP', acad.delta);
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR acad IN SELECT annee_scolaire, -sum(unites_imp) AS delta FROM anciennes
                     WHERE NOT annulee AND voie = 'ACADEMIQUE' GROUP BY 1 ORDER BY 1 LOOP
            PERFORM dotation.distribuer(acad.annee_scolaire, 'IMP', acad.delta);
        END LOOP;
    ELSE
        FOR acad IN SELECT annee_scolaire, sum(u) AS delta
                      FROM (SELECT annee_scolaire, unites_imp AS u FROM nouvelles WHERE NOT annulee AND voie = 'ACADEMIQUE'
                            UNION ALL
                            SELECT annee_scolaire, -unites_imp FROM anciennes WHERE NOT annulee AND voie = 'ACADEMIQUE') m
                     GROUP BY 1 HAVING sum(u) <> 0 ORDER BY 1 LOOP
            PERFORM dotation.distribuer(acad.annee_scolaire, 'IMP', acad.delta);
        END LOOP;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Redéploiement to a colleague: off by default, the seed addresses the agent himself (« leur redéploiement »).
ALTER TABLE referentiel.campagne
    ADD COLUMN redeploiement_vers_collegue boolean NOT NULL DEFAULT false;

-- The parts that moved with the hours of a transfer to a colleague (0 for a redéploiement between one agent's missions).
ALTER TABLE mission.redeploiement
    ADD COLUMN parts_transferees numeric(4,1) NOT NULL DEFAULT 0 CHECK (parts_transferees >= 0);
