-- Running totals of the envelopes per campaign and département, kept up to date by the envelopes' trigger. The
-- distribution screen answers every inline edit with every département's totals: summing the académie's 1 500
-- envelopes again for each edit cost more than the edit itself. An établissement's département is the start of its
-- UAI (CHECK of referentiel.etablissement), so an envelope never moves to another département's total.
-- Derived from dotation.enveloppe only: no foreign key of its own.
CREATE TABLE dotation.total_departement (
    annee_scolaire   varchar(9)    NOT NULL,
    departement_code varchar(3)    NOT NULL,
    parts            numeric(12,1) NOT NULL DEFAULT 0,
    imp              numeric(12,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (annee_scolaire, departement_code)
);

INSERT INTO dotation.total_departement (annee_scolaire, departement_code, parts, imp)
SELECT annee_scolaire, substr(uai, 1, 3), sum(parts), sum(imp) FROM dotation.enveloppe GROUP BY 1, 2;

-- Adds the deltas to the total of the UAI's département.
CREATE FUNCTION dotation.totaliser(p_annee varchar, p_uai varchar, p_parts numeric, p_imp numeric) RETURNS void AS $$
BEGIN
    IF p_parts = 0 AND p_imp = 0 THEN
        RETURN;
    END IF;
    UPDATE dotation.total_departement SET parts = parts + p_parts, imp = imp + p_imp
     WHERE annee_scolaire = p_annee AND departement_code = substr(p_uai, 1, 3);
    IF NOT FOUND THEN
        INSERT INTO dotation.total_departement AS t (annee_scolaire, departement_code, parts, imp)
        VALUES (p_annee, substr(p_uai, 1, 3), p_parts, p_imp)
        ON CONFLICT (annee_scolaire, departement_code)
        DO UPDATE SET parts = t.parts + EXCLUDED.parts, imp = t.imp + EXCLUDED.imp;
    END IF;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION dotation.suivre_enveloppe() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.voie = NEW.voie AND OLD.annee_scolaire = NEW.annee_scolaire THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts - OLD.parts);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp - OLD.imp);
    ELSE
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM dotation.distribuer(OLD.annee_scolaire, OLD.voie, -OLD.parts);
            PERFORM dotation.distribuer(OLD.annee_scolaire, 'IMP', -OLD.imp);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts);
            PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp);
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

-- the UAI joins the watched columns: the total it counts in depends on it
DROP TRIGGER enveloppe_distribution ON dotation.enveloppe;
CREATE TRIGGER enveloppe_distribution AFTER INSERT OR UPDATE OF parts, imp, voie, annee_scolaire, uai OR DELETE
    ON dotation.enveloppe FOR EACH ROW EXECUTE FUNCTION dotation.suivre_enveloppe();
