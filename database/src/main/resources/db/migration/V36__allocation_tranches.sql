-- Issue 19, point 4: the distributed amount of an allocation line taken off a single row.
--
-- Every envelope edit updated dotation.allocation (annee, ligne).distribue, and the row stayed locked until the edit
-- committed: with 20 users, edits of one line queued behind each other (p95 12× a minimal request). The line's
-- distributed amount is now split in 16 tranches with a quota each (striped counters):
--   - an envelope counts in the tranche of its UAI, a département reserve in that of its département, the académique
--     IMP of V18 in a tranche of their own; dotation.tranche(key) says which (md5: stable across PostgreSQL versions);
--   - CHECK distribue <= quota on every tranche, and the quotas of a line add up to its allocation: so envelopes +
--     reserves + académique IMP <= allocation still holds, whoever writes;
--   - a write that does not fit in its tranche's quota locks every tranche of the line, in order, and shares out the
--     line's slack again (dotation.reequilibrer): refused only when the whole line lacks it. Quotas are written only
--     by these SECURITY DEFINER functions; the server's role may change a tranche's distribue, nothing else;
--   - changing the allocation (INSERT or UPDATE OF alloue) shares the quotas out again, under the same locks, and is
--     refused below what is distributed (constraint name allocation_non_depassee, as before).
-- The département running totals of V10 get the same treatment (tranche of the UAI), as their rows were the second
-- hot spot. allocation.distribue goes: dotation.allocation_etat gives alloue and distribue per line.

CREATE FUNCTION dotation.tranche(p_cle text) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (get_byte(decode(md5(p_cle), 'hex'), 0) % 16)::smallint
$$;

-- What every row that counts in a line puts in each tranche, recomputed from the rows themselves: V11's recomputation
-- with V18's académique IMP. Used once here, when an allocation row is (re)created, and by the tests.
CREATE FUNCTION dotation.distribue_recalcule(p_annee varchar, p_ligne varchar)
RETURNS TABLE (tranche smallint, distribue numeric)
LANGUAGE sql STABLE AS $$
    SELECT t, sum(d) FROM (
        SELECT dotation.tranche(e.uai) AS t,
               CASE WHEN p_ligne = 'IMP' THEN e.imp + e.decharge_heures WHEN e.voie = p_ligne THEN e.parts ELSE 0 END AS d
          FROM dotation.enveloppe e WHERE e.annee_scolaire = p_annee
        UNION ALL
        SELECT dotation.tranche(r.departement_code),
               CASE p_ligne WHEN 'IMP' THEN r.imp WHEN 'PREMIER_DEGRE' THEN r.parts_premier_degre
                            WHEN 'SECOND_DEGRE' THEN r.parts_second_degre ELSE r.parts_voie_pro END
          FROM dotation.reserve r WHERE r.annee_scolaire = p_annee
        UNION ALL
        SELECT dotation.tranche('ACADEMIQUE'), m.unites_imp
          FROM mission.attribution m
         WHERE p_ligne = 'IMP' AND m.annee_scolaire = p_annee AND m.voie = 'ACADEMIQUE' AND NOT m.annulee) x
     GROUP BY t
$$;

CREATE TABLE dotation.allocation_tranche (
    annee_scolaire varchar(9)    NOT NULL,
    ligne          varchar(15)   NOT NULL,
    tranche        smallint      NOT NULL CHECK (tranche BETWEEN 0 AND 15),
    quota          numeric(12,2) NOT NULL,
    distribue      numeric(12,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (annee_scolaire, ligne, tranche),
    FOREIGN KEY (annee_scolaire, ligne) REFERENCES dotation.allocation ON DELETE CASCADE,
    CONSTRAINT allocation_non_depassee CHECK (distribue <= quota)
);

-- Shares a line's quotas out again, its tranches locked in order: each keeps what it distributes, p_tranche gets
-- p_besoin more, and what is left of p_alloue is split evenly (to the cent, the first tranches taking the remainder).
-- Refused when the line lacks it: DETAIL carries the line, what is left and what was asked, for the caller's message.
CREATE FUNCTION dotation.fixer_quotas(p_annee varchar, p_ligne varchar, p_alloue numeric, p_tranche smallint,
                                      p_besoin numeric) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_distribue numeric;
    v_reste numeric;
    v_centimes bigint;
BEGIN
    PERFORM 1 FROM dotation.allocation_tranche
      WHERE annee_scolaire = p_annee AND ligne = p_ligne ORDER BY tranche FOR UPDATE;
    SELECT coalesce(sum(distribue), 0) INTO v_distribue
      FROM dotation.allocation_tranche WHERE annee_scolaire = p_annee AND ligne = p_ligne;
    v_reste := p_alloue - v_distribue - p_besoin;
    IF v_reste < 0 THEN
        RAISE EXCEPTION 'Allocation % de % dépassée (allocation_non_depassee) : il reste %, il est demandé %',
                p_ligne, p_annee, p_alloue - v_distribue, p_besoin
            USING ERRCODE = 'check_violation', CONSTRAINT = 'allocation_non_depassee',
                  DETAIL = p_ligne || ';' || (p_alloue - v_distribue) || ';' || p_besoin;
    END IF;
    v_centimes := (v_reste * 100)::bigint;
    UPDATE dotation.allocation_tranche
       SET quota = distribue + CASE WHEN tranche = p_tranche THEN p_besoin ELSE 0 END
                 + ((v_centimes / 16) + CASE WHEN tranche < v_centimes % 16 THEN 1 ELSE 0 END) / 100.0
     WHERE annee_scolaire = p_annee AND ligne = p_ligne;
END;
$$;

-- The rare path of distribuer: its tranche's quota is spent, the line's slack is shared out again. The line's
-- allocation is the sum of its quotas (the allocation row itself is not read: edits do not lock it).
CREATE FUNCTION dotation.reequilibrer(p_annee varchar, p_ligne varchar, p_tranche smallint, p_besoin numeric)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_alloue numeric;
BEGIN
    PERFORM 1 FROM dotation.allocation_tranche
      WHERE annee_scolaire = p_annee AND ligne = p_ligne ORDER BY tranche FOR UPDATE;
    SELECT sum(quota) INTO v_alloue FROM dotation.allocation_tranche WHERE annee_scolaire = p_annee AND ligne = p_ligne;
    IF v_alloue IS NULL THEN
        RAISE EXCEPTION 'Aucune allocation académique % pour la campagne % (allocation_non_depassee)', p_ligne, p_annee
            USING ERRCODE = 'check_violation', CONSTRAINT = 'allocation_non_depassee', DETAIL = p_ligne || ';0;' || p_besoin;
    END IF;
    PERFORM dotation.fixer_quotas(p_annee, p_ligne, v_alloue, p_tranche, p_besoin);
END;
$$;

-- Adds delta to the tranche of p_cle; a line without allocation counts as an allocation of 0.
--
-- An increase is tried in a subtransaction: in READ COMMITTED, an UPDATE that waited for a row changed meanwhile
-- (a rebalancing set its quota) locks the new version before rechecking its WHERE, and keeps that lock when the row no
-- longer qualifies. Holding its own tranche, then locking the line's tranches in order to share them out, it would
-- deadlock with another rebalancing that holds the lower tranches and waits for that one. Aborting the subtransaction
-- releases the lock, so a rebalancing holds no tranche of its line when it starts. A decrease always fits.
CREATE FUNCTION dotation.distribuer(p_annee varchar, p_ligne varchar, p_delta numeric, p_cle text) RETURNS void AS $$
DECLARE
    v_tranche smallint;
BEGIN
    IF p_delta = 0 THEN
        RETURN;
    END IF;
    v_tranche := dotation.tranche(p_cle);
    IF p_delta < 0 THEN
        -- not found: the line has no allocation, so nothing to give back
        UPDATE dotation.allocation_tranche SET distribue = distribue + p_delta
         WHERE annee_scolaire = p_annee AND ligne = p_ligne AND tranche = v_tranche;
        RETURN;
    END IF;
    BEGIN
        UPDATE dotation.allocation_tranche SET distribue = distribue + p_delta
         WHERE annee_scolaire = p_annee AND ligne = p_ligne AND tranche = v_tranche AND distribue + p_delta <= quota;
        IF FOUND THEN
            RETURN;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'PA036', MESSAGE = 'tranche pleine';
    EXCEPTION WHEN SQLSTATE 'PA036' THEN
        NULL; -- the subtransaction's lock on the tranche, if any, is gone
    END;
    PERFORM dotation.reequilibrer(p_annee, p_ligne, v_tranche, p_delta);
    UPDATE dotation.allocation_tranche SET distribue = distribue + p_delta
     WHERE annee_scolaire = p_annee AND ligne = p_ligne AND tranche = v_tranche;
END;
$$ LANGUAGE plpgsql;

-- V3's signature, still called by V18's trigger for the académique IMP: their own tranche.
CREATE OR REPLACE FUNCTION dotation.distribuer(p_annee varchar, p_ligne varchar, p_delta numeric) RETURNS void AS $$
BEGIN
    PERFORM dotation.distribuer(p_annee, p_ligne, p_delta, 'ACADEMIQUE');
END;
$$ LANGUAGE plpgsql;

-- The allocation row (re)created or changed: its tranches hold what is distributed, the quotas share out the rest.
CREATE FUNCTION dotation.suivre_allocation() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO dotation.allocation_tranche (annee_scolaire, ligne, tranche, quota, distribue)
        SELECT NEW.annee_scolaire, NEW.ligne, t, coalesce(r.distribue, 0), coalesce(r.distribue, 0)
          FROM generate_series(0, 15) t
          LEFT JOIN dotation.distribue_recalcule(NEW.annee_scolaire, NEW.ligne) r ON r.tranche = t;
    END IF;
    PERFORM dotation.fixer_quotas(NEW.annee_scolaire, NEW.ligne, NEW.alloue, (-1)::smallint, 0);
    RETURN NULL;
END;
$$;

-- Data of the campaigns already there: tranches recomputed from the rows, quotas shared out.
INSERT INTO dotation.allocation_tranche (annee_scolaire, ligne, tranche, quota, distribue)
SELECT a.annee_scolaire, a.ligne, t, coalesce(r.distribue, 0), coalesce(r.distribue, 0)
  FROM dotation.allocation a
 CROSS JOIN generate_series(0, 15) t
  LEFT JOIN LATERAL dotation.distribue_recalcule(a.annee_scolaire, a.ligne) r ON r.tranche = t;
SELECT dotation.fixer_quotas(annee_scolaire, ligne, alloue, (-1)::smallint, 0) FROM dotation.allocation;

CREATE TRIGGER allocation_quotas AFTER INSERT OR UPDATE OF alloue ON dotation.allocation
    FOR EACH ROW EXECUTE FUNCTION dotation.suivre_allocation();

ALTER TABLE dotation.allocation DROP CONSTRAINT allocation_non_depassee, DROP COLUMN distribue;

CREATE VIEW dotation.allocation_etat AS
SELECT a.annee_scolaire, a.ligne, a.alloue,
       coalesce((SELECT sum(t.distribue) FROM dotation.allocation_tranche t
                  WHERE t.annee_scolaire = a.annee_scolaire AND t.ligne = a.ligne), 0)::numeric(12,2) AS distribue,
       a.version
  FROM dotation.allocation a;

CREATE OR REPLACE FUNCTION dotation.suivre_reserve() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'PREMIER_DEGRE', -OLD.parts_premier_degre, OLD.departement_code);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'SECOND_DEGRE', -OLD.parts_second_degre, OLD.departement_code);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'VOIE_PRO', -OLD.parts_voie_pro, OLD.departement_code);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'IMP', -OLD.imp, OLD.departement_code);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'PREMIER_DEGRE', NEW.parts_premier_degre, NEW.departement_code);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'SECOND_DEGRE', NEW.parts_second_degre, NEW.departement_code);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'VOIE_PRO', NEW.parts_voie_pro, NEW.departement_code);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp, NEW.departement_code);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Département totals striped by the UAI's tranche; readers sum them.
ALTER TABLE dotation.total_departement ADD COLUMN tranche smallint NOT NULL DEFAULT 0;
ALTER TABLE dotation.total_departement DROP CONSTRAINT total_departement_pkey;
DELETE FROM dotation.total_departement;
ALTER TABLE dotation.total_departement ALTER COLUMN tranche DROP DEFAULT,
    ADD PRIMARY KEY (annee_scolaire, departement_code, tranche);
INSERT INTO dotation.total_departement (annee_scolaire, departement_code, tranche, parts, imp)
SELECT annee_scolaire, substr(uai, 1, 3), dotation.tranche(uai), sum(parts), sum(imp) FROM dotation.enveloppe GROUP BY 1, 2, 3;

CREATE OR REPLACE FUNCTION dotation.totaliser(p_annee varchar, p_uai varchar, p_parts numeric, p_imp numeric) RETURNS void AS $$
BEGIN
    IF p_parts = 0 AND p_imp = 0 THEN
        RETURN;
    END IF;
    UPDATE dotation.total_departement SET parts = parts + p_parts, imp = imp + p_imp
     WHERE annee_scolaire = p_annee AND departement_code = substr(p_uai, 1, 3) AND tranche = dotation.tranche(p_uai);
    IF NOT FOUND THEN
        INSERT INTO dotation.total_departement AS t (annee_scolaire, departement_code, tranche, parts, imp)
        VALUES (p_annee, substr(p_uai, 1, 3), dotation.tranche(p_uai), p_parts, p_imp)
        ON CONFLICT (annee_scolaire, departement_code, tranche)
        DO UPDATE SET parts = t.parts + EXCLUDED.parts, imp = t.imp + EXCLUDED.imp;
    END IF;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION dotation.suivre_enveloppe() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.voie = NEW.voie AND OLD.annee_scolaire = NEW.annee_scolaire AND OLD.uai = NEW.uai THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts - OLD.parts, NEW.uai);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP',
                                    (NEW.imp + NEW.decharge_heures) - (OLD.imp + OLD.decharge_heures), NEW.uai);
    ELSE
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM dotation.distribuer(OLD.annee_scolaire, OLD.voie, -OLD.parts, OLD.uai);
            PERFORM dotation.distribuer(OLD.annee_scolaire, 'IMP', -(OLD.imp + OLD.decharge_heures), OLD.uai);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts, NEW.uai);
            PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp + NEW.decharge_heures, NEW.uai);
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

-- The server's role changes what a tranche distributes, nothing else (quotas: the functions above, as owner).
DO $$
DECLARE
    serveur name := '${role_serveur}';
BEGIN
    IF serveur <> current_user THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON dotation.allocation_tranche FROM %I', serveur);
        EXECUTE format('GRANT UPDATE (distribue) ON dotation.allocation_tranche TO %I', serveur);
    END IF;
END;
$$;
