-- Module dotation: the académie's allocation, the département reserves and the envelopes of the établissements.
-- The invariant "envelopes + reserves <= allocation", per voie and for IMP, is held by the database itself:
-- triggers keep allocation.distribue up to date and a CHECK refuses any overrun, whatever writes.
CREATE SCHEMA dotation;

-- Voie whose Pacte parts an LPO's envelope counts in: the texts are silent, so it is a campaign setting.
ALTER TABLE referentiel.campagne
    ADD COLUMN voie_parts_lpo varchar(15) NOT NULL DEFAULT 'SECOND_DEGRE'
        CHECK (voie_parts_lpo IN ('SECOND_DEGRE', 'VOIE_PRO'));

CREATE TABLE dotation.allocation (
    annee_scolaire varchar(9)    NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    ligne          varchar(15)   NOT NULL CHECK (ligne IN ('PREMIER_DEGRE', 'SECOND_DEGRE', 'VOIE_PRO', 'IMP')),
    alloue         numeric(12,2) NOT NULL CHECK (alloue >= 0),
    distribue      numeric(12,2) NOT NULL DEFAULT 0,
    version        bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (annee_scolaire, ligne),
    CONSTRAINT allocation_non_depassee CHECK (distribue <= alloue),
    CONSTRAINT allocation_quanta CHECK (CASE WHEN ligne = 'IMP' THEN alloue * 4 = trunc(alloue * 4)
                                             ELSE alloue * 2 = trunc(alloue * 2) END)
);

CREATE TABLE dotation.enveloppe (
    id               bigserial     PRIMARY KEY,
    annee_scolaire   varchar(9)    NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    uai              varchar(8)    NOT NULL REFERENCES referentiel.etablissement (uai),
    voie             varchar(15)   NOT NULL CHECK (voie IN ('PREMIER_DEGRE', 'SECOND_DEGRE', 'VOIE_PRO')),
    parts            numeric(10,1) NOT NULL DEFAULT 0 CHECK (parts >= 0 AND parts * 2 = trunc(parts * 2)),
    imp              numeric(10,2) NOT NULL DEFAULT 0 CHECK (imp >= 0 AND imp * 4 = trunc(imp * 4)),
    -- weekly hours of décharge gained by converting IMP (DASEN decisions)
    decharge_heures  numeric(10,2) NOT NULL DEFAULT 0 CHECK (decharge_heures >= 0),
    -- consumption frozen when the campaign is closed: the N-1 figures of the next campaign's proposal
    parts_consommees numeric(10,1) NOT NULL DEFAULT 0 CHECK (parts_consommees >= 0),
    imp_consommes    numeric(10,2) NOT NULL DEFAULT 0 CHECK (imp_consommes >= 0),
    version          bigint        NOT NULL DEFAULT 0,
    UNIQUE (annee_scolaire, uai)
);
CREATE INDEX enveloppe_uai ON dotation.enveloppe (uai);

CREATE TABLE dotation.reserve (
    id               bigserial     PRIMARY KEY,
    annee_scolaire   varchar(9)    NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    departement_code varchar(3)    NOT NULL REFERENCES referentiel.departement (code),
    parts_premier_degre numeric(10,1) NOT NULL DEFAULT 0 CHECK (parts_premier_degre >= 0),
    parts_second_degre  numeric(10,1) NOT NULL DEFAULT 0 CHECK (parts_second_degre >= 0),
    parts_voie_pro      numeric(10,1) NOT NULL DEFAULT 0 CHECK (parts_voie_pro >= 0),
    imp              numeric(10,2) NOT NULL DEFAULT 0 CHECK (imp >= 0 AND imp * 4 = trunc(imp * 4)),
    version          bigint        NOT NULL DEFAULT 0,
    UNIQUE (annee_scolaire, departement_code)
);

CREATE TABLE dotation.publication (
    annee_scolaire varchar(9)  PRIMARY KEY REFERENCES referentiel.campagne (annee_scolaire),
    publiee_le     timestamptz NOT NULL,
    publiee_par    varchar(60) NOT NULL
);

-- Adds delta to the distributed amount of one line; a missing allocation row counts as an allocation of 0.
CREATE FUNCTION dotation.distribuer(p_annee varchar, p_ligne varchar, p_delta numeric) RETURNS void AS $$
BEGIN
    IF p_delta = 0 THEN
        RETURN;
    END IF;
    UPDATE dotation.allocation SET distribue = distribue + p_delta
     WHERE annee_scolaire = p_annee AND ligne = p_ligne;
    IF NOT FOUND AND p_delta > 0 THEN
        RAISE EXCEPTION 'Aucune allocation académique % pour la campagne %', p_ligne, p_annee
            USING ERRCODE = 'check_violation', CONSTRAINT = 'allocation_non_depassee';
    END IF;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION dotation.suivre_enveloppe() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.voie = NEW.voie AND OLD.annee_scolaire = NEW.annee_scolaire THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts - OLD.parts);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp - OLD.imp);
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dotation.distribuer(OLD.annee_scolaire, OLD.voie, -OLD.parts);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'IMP', -OLD.imp);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER enveloppe_distribution AFTER INSERT OR UPDATE OF parts, imp, voie, annee_scolaire OR DELETE
    ON dotation.enveloppe FOR EACH ROW EXECUTE FUNCTION dotation.suivre_enveloppe();

CREATE FUNCTION dotation.suivre_reserve() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'PREMIER_DEGRE', -OLD.parts_premier_degre);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'SECOND_DEGRE', -OLD.parts_second_degre);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'VOIE_PRO', -OLD.parts_voie_pro);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'IMP', -OLD.imp);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'PREMIER_DEGRE', NEW.parts_premier_degre);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'SECOND_DEGRE', NEW.parts_second_degre);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'VOIE_PRO', NEW.parts_voie_pro);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER reserve_distribution AFTER INSERT OR UPDATE OR DELETE
    ON dotation.reserve FOR EACH ROW EXECUTE FUNCTION dotation.suivre_reserve();

-- History of the envelopes (Hibernate Envers): who, when, why, and the values after each change.
CREATE TABLE dotation.revision (
    id         bigserial    PRIMARY KEY,
    horodatage bigint       NOT NULL,
    auteur     varchar(60)  NOT NULL,
    motif      varchar(500)
);

CREATE TABLE dotation.enveloppe_aud (
    id              bigint        NOT NULL,
    rev             bigint        NOT NULL REFERENCES dotation.revision (id),
    revtype         smallint,
    annee_scolaire  varchar(9),
    uai             varchar(8),
    parts           numeric(10,1),
    imp             numeric(10,2),
    decharge_heures numeric(10,2),
    PRIMARY KEY (rev, id)
);
CREATE INDEX enveloppe_aud_id ON dotation.enveloppe_aud (id);
