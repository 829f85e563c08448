-- Budget integrity of the envelopes (issue 14).
--
-- 1. V10 re-created dotation.suivre_enveloppe() without the décharge hours V4 counted against the IMP allocation: a
--    conversion made allocation.distribue drop, and the rectorat could hand the converted IMP out again. The hours
--    count in the IMP line again (the département totals of V10 stay on the IMP only), and distribue is recomputed
--    for every campaign from the envelopes and the reserves.
-- 2. Each envelope keeps what its active attributions take (parts, IMP units, décharge hours), maintained by
--    statement triggers on mission.attribution, and CHECKs refuse any envelope below it, whatever writes.

CREATE OR REPLACE FUNCTION dotation.suivre_enveloppe() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.voie = NEW.voie AND OLD.annee_scolaire = NEW.annee_scolaire THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts - OLD.parts);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP',
                                    (NEW.imp + NEW.decharge_heures) - (OLD.imp + OLD.decharge_heures));
    ELSE
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM dotation.distribuer(OLD.annee_scolaire, OLD.voie, -OLD.parts);
            PERFORM dotation.distribuer(OLD.annee_scolaire, 'IMP', -(OLD.imp + OLD.decharge_heures));
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts);
            PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp + NEW.decharge_heures);
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.uai = NEW.uai AND OLD.annee_scolaire = NEW.annee_scolaire THEN
        PERFORM dotation.totaliser(NEW.annee_scolaire, NEW.uai, NEW.parts - OLD.parts, NEW.imp - OLD.imp);
    ELSE
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM dotation.totaliser(OLD.annee_scolaire, OLD.uai, -OLD.parts, -OLD.imp);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            PERFORM dotation.totaliser(NEW.annee_scolaire, NEW.uai, NEW.parts, NEW.imp);
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- décharge_heures is watched again (V10 dropped it from the list)
DROP TRIGGER enveloppe_distribution ON dotation.enveloppe;
CREATE TRIGGER enveloppe_distribution AFTER INSERT OR UPDATE OF parts, imp, decharge_heures, voie, annee_scolaire, uai OR DELETE
    ON dotation.enveloppe FOR EACH ROW EXECUTE FUNCTION dotation.suivre_enveloppe();

-- distribue recomputed from scratch; an académie that over-distributed meanwhile is named, not silently raised
CREATE TEMPORARY TABLE distribution_recalculee AS
SELECT a.annee_scolaire, a.ligne, a.alloue,
       coalesce((SELECT sum(CASE WHEN a.ligne = 'IMP' THEN e.imp + e.decharge_heures ELSE e.parts END)
                   FROM dotation.enveloppe e
                  WHERE e.annee_scolaire = a.annee_scolaire AND (a.ligne = 'IMP' OR e.voie = a.ligne)), 0)
     + coalesce((SELECT sum(CASE a.ligne WHEN 'PREMIER_DEGRE' THEN r.parts_premier_degre
                                         WHEN 'SECOND_DEGRE' THEN r.parts_second_degre
                                         WHEN 'VOIE_PRO' THEN r.parts_voie_pro ELSE r.imp END)
                   FROM dotation.reserve r WHERE r.annee_scolaire = a.annee_scolaire), 0) AS distribue
  FROM dotation.allocation a;

DO $$
DECLARE
    d record;
BEGIN
    SELECT * INTO d FROM distribution_recalculee WHERE distribue > alloue ORDER BY annee_scolaire, ligne LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Campagne %, ligne % : enveloppes et réserves distribuent % pour une allocation de % (décharges comprises). Relever l''allocation ou réduire des enveloppes, puis relancer la migration.',
            d.annee_scolaire, d.ligne, d.distribue, d.alloue;
    END IF;
END;
$$;

UPDATE dotation.allocation a SET distribue = r.distribue
  FROM distribution_recalculee r
 WHERE r.annee_scolaire = a.annee_scolaire AND r.ligne = a.ligne AND a.distribue <> r.distribue;
DROP TABLE distribution_recalculee;

-- What the active attributions take from the envelope (JpaAttributionRepository.consommation): parts, IMP units of
-- the missions paid as IMP, weekly hours of the DECHARGE ones. Not to be confused with parts_consommees and
-- imp_consommes, frozen at the campaign's close.
ALTER TABLE dotation.enveloppe
    ADD COLUMN parts_attribuees   numeric(10,1) NOT NULL DEFAULT 0,
    ADD COLUMN imp_attribues      numeric(10,2) NOT NULL DEFAULT 0,
    ADD COLUMN decharge_attribuee numeric(10,2) NOT NULL DEFAULT 0;

DO $$
DECLARE
    o record;
BEGIN
    SELECT a.annee_scolaire, a.uai, count(*) AS n INTO o
      FROM mission.attribution a
     WHERE NOT a.annulee
       AND NOT EXISTS (SELECT 1 FROM dotation.enveloppe e WHERE e.annee_scolaire = a.annee_scolaire AND e.uai = a.uai)
     GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Campagne % : % attribution(s) de % sans enveloppe. Créer l''enveloppe de l''établissement, puis relancer la migration.',
            o.annee_scolaire, o.n, o.uai;
    END IF;
END;
$$;

UPDATE dotation.enveloppe e
   SET parts_attribuees = c.parts, imp_attribues = c.imp, decharge_attribuee = c.decharge
  FROM (SELECT annee_scolaire, uai, coalesce(sum(parts), 0) AS parts,
               sum(CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END) AS imp,
               sum(CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END) AS decharge
          FROM mission.attribution WHERE NOT annulee GROUP BY 1, 2) c
 WHERE c.annee_scolaire = e.annee_scolaire AND c.uai = e.uai;

DO $$
DECLARE
    e record;
BEGIN
    SELECT * INTO e FROM dotation.enveloppe
     WHERE parts < parts_attribuees OR imp < imp_attribues OR decharge_heures < decharge_attribuee
     ORDER BY annee_scolaire, uai LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Campagne %, établissement % : l''enveloppe (% parts, % IMP, % h de décharge) est sous ce qui est attribué (% parts, % IMP, % h). Relever l''enveloppe ou annuler des attributions, puis relancer la migration.',
            e.annee_scolaire, e.uai, e.parts, e.imp, e.decharge_heures, e.parts_attribuees, e.imp_attribues, e.decharge_attribuee;
    END IF;
END;
$$;

ALTER TABLE dotation.enveloppe
    ADD CONSTRAINT enveloppe_parts_attribuees CHECK (parts >= parts_attribuees),
    ADD CONSTRAINT enveloppe_imp_attribues CHECK (imp >= imp_attribues),
    ADD CONSTRAINT enveloppe_decharge_attribuee CHECK (decharge_heures >= decharge_attribuee);

-- Adds the consumption deltas per envelope. Every key must have its envelope: an attribution is always taken
-- within one (a missing envelope would otherwise let it escape every check).
CREATE FUNCTION mission.imputer_enveloppes(p_annees varchar[], p_uais varchar[], p_parts numeric[], p_imp numeric[],
                                           p_decharge numeric[], p_actives boolean[]) RETURNS void AS $$
DECLARE
    manquante record;
BEGIN
    SELECT d.annee, d.uai INTO manquante
      FROM unnest(p_annees, p_uais, p_actives) AS d (annee, uai, active)
     WHERE d.active
       AND NOT EXISTS (SELECT 1 FROM dotation.enveloppe e WHERE e.annee_scolaire = d.annee AND e.uai = d.uai)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Aucune enveloppe pour l''établissement % en %: une attribution se prend dans une enveloppe.',
            manquante.uai, manquante.annee
            USING ERRCODE = 'check_violation', CONSTRAINT = 'attribution_enveloppe';
    END IF;
    UPDATE dotation.enveloppe e
       SET parts_attribuees = e.parts_attribuees + d.parts, imp_attribues = e.imp_attribues + d.imp,
           decharge_attribuee = e.decharge_attribuee + d.decharge
      FROM unnest(p_annees, p_uais, p_parts, p_imp, p_decharge) AS d (annee, uai, parts, imp, decharge)
     WHERE e.annee_scolaire = d.annee AND e.uai = d.uai AND (d.parts <> 0 OR d.imp <> 0 OR d.decharge <> 0);
END;
$$ LANGUAGE plpgsql;

-- Statement triggers with transition tables: the generators insert hundreds of thousands of attributions in one
-- statement; the deltas are summed per (campaign, UAI) and each envelope is written once.
CREATE FUNCTION mission.suivre_consommation() RETURNS trigger AS $$
DECLARE
    v_annees varchar[]; v_uais varchar[]; v_parts numeric[]; v_imp numeric[]; v_decharge numeric[]; v_actives boolean[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(annee_scolaire), array_agg(uai), array_agg(p), array_agg(i), array_agg(h), array_agg(true)
          INTO v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives
          FROM (SELECT annee_scolaire, uai, coalesce(sum(parts), 0) AS p,
                       sum(CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END) AS i,
                       sum(CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END) AS h
                  FROM nouvelles WHERE NOT annulee GROUP BY 1, 2) d;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(annee_scolaire), array_agg(uai), array_agg(-p), array_agg(-i), array_agg(-h), array_agg(false)
          INTO v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives
          FROM (SELECT annee_scolaire, uai, coalesce(sum(parts), 0) AS p,
                       sum(CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END) AS i,
                       sum(CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END) AS h
                  FROM anciennes WHERE NOT annulee GROUP BY 1, 2) d;
    ELSE
        -- an active new row needs its envelope; the keys of the old rows only give back
        SELECT array_agg(annee_scolaire), array_agg(uai), array_agg(p), array_agg(i), array_agg(h), array_agg(active)
          INTO v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives
          FROM (SELECT annee_scolaire, uai, coalesce(sum(parts), 0) AS p, sum(i) AS i, sum(h) AS h, bool_or(active) AS active
                  FROM (SELECT annee_scolaire, uai, parts, CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END AS i,
                               CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END AS h, true AS active
                          FROM nouvelles WHERE NOT annulee
                        UNION ALL
                        SELECT annee_scolaire, uai, -parts, CASE WHEN modalite <> 'DECHARGE' THEN -unites_imp ELSE 0 END,
                               CASE WHEN modalite = 'DECHARGE' THEN -unites_imp ELSE 0 END, false
                          FROM anciennes WHERE NOT annulee) m
                 GROUP BY 1, 2) d;
    END IF;
    IF v_annees IS NOT NULL THEN
        PERFORM mission.imputer_enveloppes(v_annees, v_uais, v_parts, v_imp, v_decharge, v_actives);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER attribution_consommation_insertion AFTER INSERT ON mission.attribution
    REFERENCING NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION mission.suivre_consommation();
CREATE TRIGGER attribution_consommation_modification AFTER UPDATE ON mission.attribution
    REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION mission.suivre_consommation();
CREATE TRIGGER attribution_consommation_suppression AFTER DELETE ON mission.attribution
    REFERENCING OLD TABLE AS anciennes FOR EACH STATEMENT EXECUTE FUNCTION mission.suivre_consommation();
