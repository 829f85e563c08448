-- Issue 18, points 1, 2 and 4: the warehouse loads a past year as it was, its personnel key is a keyed hash, and
-- the DEPP's population can be chosen.

-- 1. Snapshots taken when a campaign closes: the référentiel profile of every person and établissement of that year.
-- The warehouse loads a closed campaign from them, so a person who later changes corps or affectation, or leaves,
-- is counted as he was. Names are not copied: the warehouse never needs them.
CREATE TABLE referentiel.instantane_campagne (
    annee_scolaire varchar(9)  PRIMARY KEY REFERENCES referentiel.campagne (annee_scolaire),
    pris_le        timestamptz NOT NULL DEFAULT now(),
    personnels     integer     NOT NULL,
    etablissements integer     NOT NULL
);

CREATE TABLE referentiel.etablissement_annee (
    annee_scolaire        varchar(9)   NOT NULL REFERENCES referentiel.instantane_campagne (annee_scolaire),
    uai                   varchar(8)   NOT NULL,
    nature                varchar(5)   NOT NULL,
    departement_code      varchar(3)   NOT NULL,
    departement_libelle   varchar(100) NOT NULL,
    secteur               varchar(2)   NOT NULL,
    education_prioritaire varchar(4)   NOT NULL,
    PRIMARY KEY (annee_scolaire, uai)
);

CREATE TABLE referentiel.personnel_annee (
    annee_scolaire  varchar(9)   NOT NULL REFERENCES referentiel.instantane_campagne (annee_scolaire),
    identifiant     varchar(20)  NOT NULL,
    sexe            varchar(1)   NOT NULL,
    date_naissance  date         NOT NULL,
    corps           varchar(12)  NOT NULL,
    discipline      varchar(100) NOT NULL,
    uai_affectation varchar(8)   NOT NULL,
    PRIMARY KEY (annee_scolaire, identifiant)
);

-- Runs as the schema's owner: the server's role may read the snapshots, never write them (revoked below).
CREATE FUNCTION referentiel.photographier(p_annee varchar) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n_etab integer;
    n_pers integer;
BEGIN
    IF EXISTS (SELECT 1 FROM referentiel.instantane_campagne WHERE annee_scolaire = p_annee) THEN
        RETURN; -- a year is photographed once, when it closes
    END IF;
    SELECT count(*) INTO n_etab FROM referentiel.etablissement;
    SELECT count(*) INTO n_pers FROM referentiel.personnel;
    INSERT INTO referentiel.instantane_campagne (annee_scolaire, personnels, etablissements)
    VALUES (p_annee, n_pers, n_etab);
    INSERT INTO referentiel.etablissement_annee (annee_scolaire, uai, nature, departement_code, departement_libelle,
                                                 secteur, education_prioritaire)
    SELECT p_annee, e.uai, e.nature, e.departement_code, d.libelle, e.secteur, e.education_prioritaire
      FROM referentiel.etablissement e JOIN referentiel.departement d ON d.code = e.departement_code;
    INSERT INTO referentiel.personnel_annee (annee_scolaire, identifiant, sexe, date_naissance, corps, discipline,
                                             uai_affectation)
    SELECT p_annee, identifiant, sexe, date_naissance, corps, discipline, uai_affectation FROM referentiel.personnel;
END $$;

CREATE FUNCTION referentiel.photographier_a_la_cloture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM referentiel.photographier(NEW.annee_scolaire);
    RETURN NEW;
END $$;

CREATE TRIGGER campagne_photographiee AFTER UPDATE OF statut ON referentiel.campagne
    FOR EACH ROW WHEN (NEW.statut = 'CLOSE' AND OLD.statut IS DISTINCT FROM 'CLOSE')
    EXECUTE FUNCTION referentiel.photographier_a_la_cloture();

-- A snapshot is history: nobody but the owner (a DBA's repair) changes it.
CREATE FUNCTION referentiel.instantane_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT referentiel.campagne_close_par_proprietaire() THEN
        RAISE EXCEPTION 'l''instantané du référentiel de la campagne % ne se modifie pas (% refusé)',
            OLD.annee_scolaire, TG_OP USING ERRCODE = 'PA001';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER instantane_immuable BEFORE UPDATE OR DELETE ON referentiel.instantane_campagne
    FOR EACH ROW EXECUTE FUNCTION referentiel.instantane_immuable();
CREATE TRIGGER etablissement_annee_immuable BEFORE UPDATE OR DELETE ON referentiel.etablissement_annee
    FOR EACH ROW EXECUTE FUNCTION referentiel.instantane_immuable();
CREATE TRIGGER personnel_annee_immuable BEFORE UPDATE OR DELETE ON referentiel.personnel_annee
    FOR EACH ROW EXECUTE FUNCTION referentiel.instantane_immuable();

-- Campaigns already closed are photographed now: the closest to "as it was" that is left.
SELECT referentiel.photographier(annee_scolaire) FROM referentiel.campagne WHERE statut = 'CLOSE';

-- The établissements and personnels of a year, as the warehouse reads them: the snapshot of a closed year, today's
-- référentiel for a year without one (open, in preparation, or loaded already closed by a fixture). Plain SQL
-- functions with one statement: PostgreSQL inlines them into the ETL's queries.
CREATE FUNCTION referentiel.etablissements_de(p_annee varchar)
        RETURNS TABLE (uai varchar, nature varchar, departement_code varchar, departement_libelle varchar,
                       secteur varchar, education_prioritaire varchar)
LANGUAGE sql STABLE AS $$
    SELECT s.uai, s.nature, s.departement_code, s.departement_libelle, s.secteur, s.education_prioritaire
      FROM referentiel.etablissement_annee s WHERE s.annee_scolaire = p_annee
    UNION ALL
    SELECT e.uai, e.nature, e.departement_code, d.libelle, e.secteur, e.education_prioritaire
      FROM referentiel.etablissement e JOIN referentiel.departement d ON d.code = e.departement_code
     WHERE NOT EXISTS (SELECT 1 FROM referentiel.instantane_campagne i WHERE i.annee_scolaire = p_annee)
$$;

CREATE FUNCTION referentiel.personnels_de(p_annee varchar)
        RETURNS TABLE (identifiant varchar, sexe varchar, date_naissance date, corps varchar, discipline varchar,
                       uai_affectation varchar)
LANGUAGE sql STABLE AS $$
    SELECT s.identifiant, s.sexe, s.date_naissance, s.corps, s.discipline, s.uai_affectation
      FROM referentiel.personnel_annee s WHERE s.annee_scolaire = p_annee
    UNION ALL
    SELECT p.identifiant, p.sexe, p.date_naissance, p.corps, p.discipline, p.uai_affectation
      FROM referentiel.personnel p
     WHERE NOT EXISTS (SELECT 1 FROM referentiel.instantane_campagne i WHERE i.annee_scolaire = p_annee)
$$;

-- 2. The personnel key: HMAC-SHA256 of "campaign|identifiant" under a key the database never stores (the server
-- reads it from a file, see README). The caller passes the key's inner and outer pads (key xor 0x36…, key xor
-- 0x5c…, RFC 2104), so the HMAC is exact with the built-in sha256 and no extension. The unkeyed MD5 is dropped:
-- anyone with SQL access could recompute it from referentiel.personnel.
DROP FUNCTION entrepot.cle_personnel(varchar, varchar);
CREATE FUNCTION entrepot.cle_personnel(p_annee varchar, p_identifiant varchar, p_interne bytea, p_externe bytea)
        RETURNS bigint AS $$
    SELECT ('x' || substr(encode(sha256(p_externe || sha256(p_interne
                || convert_to(p_annee || '|' || p_identifiant, 'UTF8'))), 'hex'), 1, 15))::bit(60)::bigint
$$ LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE;

-- Rows keyed by the old hash are re-identifiable: the warehouse is emptied, each campaign is reloaded by the ETL.
TRUNCATE entrepot.dim_campagne, entrepot.dim_mois, entrepot.dim_etablissement, entrepot.dim_personnel,
         entrepot.dim_mission, entrepot.fait_attribution, entrepot.fait_decharge, entrepot.fait_echeance,
         entrepot.fait_enveloppe;

-- 3. The catalogue as each campaign had it (referentiel.mission_campagne, V21), no longer one global copy.
ALTER TABLE entrepot.dim_mission ADD COLUMN annee_scolaire varchar(9) NOT NULL;
ALTER TABLE entrepot.dim_mission DROP CONSTRAINT dim_mission_pkey;
ALTER TABLE entrepot.dim_mission ADD PRIMARY KEY (annee_scolaire, code);

-- 4. The DEPP's populations (note 22.33: second-degré teachers; CPE, documentalistes excluded), the degré of the
-- affectation, and the letters of mission.
ALTER TABLE entrepot.dim_personnel ADD COLUMN population varchar(14) NOT NULL
    CHECK (population IN ('ENSEIGNANT_2D', 'ENSEIGNANT_1D', 'DOCUMENTALISTE', 'CPE', 'PSYEN'));
ALTER TABLE entrepot.dim_personnel ADD COLUMN degre smallint NOT NULL CHECK (degre IN (1, 2));
ALTER TABLE entrepot.dim_etablissement ADD COLUMN degre smallint NOT NULL CHECK (degre IN (1, 2));

-- Hours of the suivi (module suivi, V8): done as recorded (NULL = not recorded yet), received and given away by
-- redéploiement (the planned hours, heures, already include the moves).
ALTER TABLE entrepot.fait_attribution ADD COLUMN heures_faites numeric(6,1);
ALTER TABLE entrepot.fait_attribution ADD COLUMN heures_recues numeric(7,1) NOT NULL DEFAULT 0;
ALTER TABLE entrepot.fait_attribution ADD COLUMN heures_cedees numeric(7,1) NOT NULL DEFAULT 0;

-- Population of a person for the statistics: teachers by degré of their corps (a contractuel by the degré of his
-- affectation), documentalistes by their discipline, CPE and PsyEN by corps.
CREATE FUNCTION entrepot.population(p_corps varchar, p_discipline varchar, p_nature varchar) RETURNS varchar AS $$
    SELECT CASE WHEN p_corps = 'CPE' THEN 'CPE'
                WHEN p_corps = 'PSYEN' THEN 'PSYEN'
                WHEN p_corps = 'PE' OR (p_corps = 'CONTRACTUEL' AND p_nature = 'ECOLE') THEN 'ENSEIGNANT_1D'
                WHEN lower(p_discipline) LIKE 'documentation%' THEN 'DOCUMENTALISTE'
                ELSE 'ENSEIGNANT_2D' END
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- The current version of each letter of mission of a campaign, with whether it was signed and accepted by the
-- campaign's deadline (date_limite_lettres, V15; no deadline set = no "by the deadline" figure).
CREATE TABLE entrepot.fait_lettre (
    annee_scolaire        varchar(9)  NOT NULL,
    lettre_cle            bigint      NOT NULL,
    departement_code      varchar(3)  NOT NULL,
    uai                   varchar(8)  NOT NULL,
    personnel_cle         bigint      NOT NULL,
    etat                  varchar(10) NOT NULL,
    signee                boolean     NOT NULL,
    acceptee              boolean     NOT NULL,
    signee_dans_le_delai  boolean,
    acceptee_dans_le_delai boolean,
    PRIMARY KEY (annee_scolaire, lettre_cle)
);
CREATE INDEX fait_lettre_partition ON entrepot.fait_lettre (annee_scolaire, departement_code);

-- Statistics of the warehouse after a load: without them the planner takes the freshly loaded tables for empty and
-- joins them by nested loops (a report query of a second became 40 s). ANALYZE needs the tables' owner: the server
-- calls this function, which runs with the owner's rights and touches nothing but the warehouse's statistics.
CREATE FUNCTION entrepot.analyser() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    ANALYZE entrepot.dim_campagne, entrepot.dim_mois, entrepot.dim_etablissement, entrepot.dim_personnel,
            entrepot.dim_mission, entrepot.fait_attribution, entrepot.fait_decharge, entrepot.fait_echeance,
            entrepot.fait_enveloppe, entrepot.fait_lettre;
END $$;

-- The server's role reads the snapshots; only photographier (its owner's rights) writes them.
DO $$
DECLARE
    serveur name := '${role_serveur}';
BEGIN
    IF serveur <> current_user THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON referentiel.instantane_campagne, referentiel.etablissement_annee,'
                       ' referentiel.personnel_annee FROM %I', serveur);
    END IF;
END;
$$;
