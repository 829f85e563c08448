-- Two roles (issue 14, point 3): Flyway migrates as the schema owner (the role running this migration); the
-- application server connects as ${role_serveur}, with DML rights only. Not being the owner, it can neither alter
-- nor drop a table, nor disable a trigger: the immutability triggers below hold whatever the application does.
-- ${role_serveur} is a Flyway placeholder (Migrations: PACTE_DB_USER, default pacte); the role must exist.

-- JBeret's job repository (configure-server.cli, jdbc-job-repository=pacte) creates its tables on first use when
-- its probe query (SELECT COUNT(*) FROM PARTITION_EXECUTION) fails, which the server's role could not do. They are
-- created here, copied from jberet-core 3.1.0.Final sql/jberet-postgresql.ddl (WildFly 39); when they exist JBeret
-- runs no DDL. IF NOT EXISTS: on a database where the server already created them, they are kept.
CREATE TABLE IF NOT EXISTS public.job_instance (
    jobinstanceid   BIGSERIAL NOT NULL PRIMARY KEY,
    version         INTEGER,
    jobname         VARCHAR(512),
    applicationname VARCHAR(512)
);
CREATE TABLE IF NOT EXISTS public.job_execution (
    jobexecutionid  BIGSERIAL NOT NULL PRIMARY KEY,
    jobinstanceid   BIGINT NOT NULL,
    version         INTEGER,
    createtime      TIMESTAMPTZ,
    starttime       TIMESTAMPTZ,
    endtime         TIMESTAMPTZ,
    lastupdatedtime TIMESTAMPTZ,
    batchstatus     VARCHAR(30),
    exitstatus      VARCHAR(512),
    jobparameters   VARCHAR(3000),
    restartposition VARCHAR(255),
    CONSTRAINT fk_job_execution_job_instance FOREIGN KEY (jobinstanceid)
        REFERENCES public.job_instance (jobinstanceid) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS public.step_execution (
    stepexecutionid      BIGSERIAL NOT NULL PRIMARY KEY,
    jobexecutionid       BIGINT NOT NULL,
    version              INTEGER,
    stepname             VARCHAR(255),
    starttime            TIMESTAMPTZ,
    endtime              TIMESTAMPTZ,
    batchstatus          VARCHAR(30),
    exitstatus           VARCHAR(512),
    executionexception   VARCHAR(2048),
    persistentuserdata   BYTEA,
    readcount            INTEGER,
    writecount           INTEGER,
    commitcount          INTEGER,
    rollbackcount        INTEGER,
    readskipcount        INTEGER,
    processskipcount     INTEGER,
    filtercount          INTEGER,
    writeskipcount       INTEGER,
    readercheckpointinfo BYTEA,
    writercheckpointinfo BYTEA,
    CONSTRAINT fk_step_exe_job_exe FOREIGN KEY (jobexecutionid)
        REFERENCES public.job_execution (jobexecutionid) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS public.partition_execution (
    partitionexecutionid INTEGER NOT NULL,
    stepexecutionid      BIGINT NOT NULL,
    version              INTEGER,
    batchstatus          VARCHAR(30),
    exitstatus           VARCHAR(512),
    executionexception   VARCHAR(2048),
    persistentuserdata   BYTEA,
    readercheckpointinfo BYTEA,
    writercheckpointinfo BYTEA,
    PRIMARY KEY (partitionexecutionid, stepexecutionid),
    CONSTRAINT fk_partition_exe_step_exe FOREIGN KEY (stepexecutionid)
        REFERENCES public.step_execution (stepexecutionid) ON DELETE CASCADE
);

-- Immutability. Every refusal raises SQLSTATE PA001 (the application answers it 409) with a French message.

-- Generic: a table whose rows are written once and never changed (history, journals). Usable by any table:
--   CREATE TRIGGER t_immuable BEFORE UPDATE OR DELETE OR TRUNCATE ON s.t
--       FOR EACH STATEMENT EXECUTE FUNCTION public.refuser_modification('une ligne de …');
-- A later migration that must really rewrite such rows disables the trigger for that statement (owner only).
CREATE FUNCTION public.refuser_modification() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% : % ne peut être ni modifiée ni supprimée (% refusé).', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
        coalesce(TG_ARGV[0], 'une ligne d''historique'), TG_OP
        USING ERRCODE = 'PA001', HINT = 'Ces lignes sont en ajout seul : enregistrer une nouvelle ligne.';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER revision_immuable BEFORE UPDATE OR DELETE OR TRUNCATE ON dotation.revision
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuser_modification('une révision de l''historique des enveloppes');
CREATE TRIGGER enveloppe_aud_immuable BEFORE UPDATE OR DELETE OR TRUNCATE ON dotation.enveloppe_aud
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuser_modification('une ligne de l''historique des enveloppes');
CREATE TRIGGER journal_import_immuable BEFORE UPDATE OR DELETE OR TRUNCATE ON referentiel.journal_import
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuser_modification('une ligne du journal des imports');
CREATE TRIGGER redeploiement_immuable BEFORE UPDATE OR DELETE OR TRUNCATE ON mission.redeploiement
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuser_modification('un redéploiement d''heures');
CREATE TRIGGER etape_immuable BEFORE UPDATE OR DELETE OR TRUNCATE ON demande.etape
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuser_modification('une étape d''une demande');

-- An instalment sent to payroll (execution_id set by the monthly run) is what payroll received: never rewritten
-- nor removed; a later change of the attribution becomes a regularisation row. Planned rows (execution_id null)
-- are replaced at each derivation, and the run marks the month's rows as sent: both stay allowed.
CREATE FUNCTION paiement.echeance_immuable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'paiement.echeance : l''échéance % de l''attribution % (%) a été envoyée à la paie par l''exécution % : elle ne peut être ni modifiée ni supprimée (% refusé).',
        OLD.id, OLD.attribution_id, to_char(OLD.mois, 'MM/YYYY'), OLD.execution_id, TG_OP
        USING ERRCODE = 'PA001', HINT = 'Une correction passe par une régularisation du prochain mois ouvert.';
END;
$$ LANGUAGE plpgsql;
-- WHEN: a run rewrites tens of thousands of planned rows, the function runs only for a sent one
CREATE TRIGGER echeance_immuable BEFORE UPDATE OR DELETE ON paiement.echeance
    FOR EACH ROW WHEN (OLD.execution_id IS NOT NULL) EXECUTE FUNCTION paiement.echeance_immuable();

-- A closed month. The run inserts its row, then writes the files in the same transaction (ExecutionPaiementServiceBean:
-- the row's id goes into the instalments before the files are produced): only that step is allowed, while the
-- files are still empty, and it changes nothing but the files and their totals. Never deleted.
CREATE FUNCTION paiement.execution_immuable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' OR octet_length(OLD.fichier_csv) > 0
       OR (NEW.id, NEW.annee_scolaire, NEW.mois, NEW.executee_le, NEW.executee_par)
          IS DISTINCT FROM (OLD.id, OLD.annee_scolaire, OLD.mois, OLD.executee_le, OLD.executee_par) THEN
        RAISE EXCEPTION 'paiement.execution : la paie % de % est close : ni elle ni ses fichiers ne peuvent être modifiés ou supprimés (% refusé).',
            to_char(OLD.mois, 'MM/YYYY'), OLD.annee_scolaire, TG_OP USING ERRCODE = 'PA001';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER execution_immuable BEFORE UPDATE OR DELETE ON paiement.execution
    FOR EACH ROW EXECUTE FUNCTION paiement.execution_immuable();

-- A signed letter version keeps what was signed (LettreDeMission): content, signature, identity. Allowed on it:
-- SIGNEE → ACCEPTEE recording the acceptance once (acceptee_le, acceptee_par, acceptee_par_chef), and leaving the
-- current version when an avenant opens (courante true → false); the optimistic-lock counter follows. A brouillon
-- is free. A signed or accepted version is never deleted.
CREATE FUNCTION mission.lettre_immuable() RETURNS trigger AS $$
DECLARE
    version text := 'la version ' || OLD.numero || ' (' || lower(OLD.etat) || ') de la lettre de mission de '
        || OLD.identifiant || ' (' || OLD.uai || ', ' || OLD.annee_scolaire || ')';
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'mission.lettre : % est signée : elle ne peut pas être supprimée.', version
            USING ERRCODE = 'PA001';
    END IF;
    IF (NEW.id, NEW.annee_scolaire, NEW.uai, NEW.identifiant, NEW.numero, NEW.contenu, NEW.signee_le, NEW.signee_par,
        NEW.creee_le)
       IS DISTINCT FROM (OLD.id, OLD.annee_scolaire, OLD.uai, OLD.identifiant, OLD.numero, OLD.contenu, OLD.signee_le,
        OLD.signee_par, OLD.creee_le) THEN
        RAISE EXCEPTION 'mission.lettre : % est signée : son contenu et sa signature sont figés.', version
            USING ERRCODE = 'PA001', HINT = 'Un changement des missions ouvre un avenant (une nouvelle version).';
    END IF;
    IF NEW.courante AND NOT OLD.courante THEN
        RAISE EXCEPTION 'mission.lettre : % a été remplacée par un avenant : elle ne redevient pas la version courante.',
            version USING ERRCODE = 'PA001';
    END IF;
    IF NOT (NEW.etat = OLD.etat AND (NEW.acceptee_le, NEW.acceptee_par, NEW.acceptee_par_chef)
                IS NOT DISTINCT FROM (OLD.acceptee_le, OLD.acceptee_par, OLD.acceptee_par_chef)
            OR OLD.etat = 'SIGNEE' AND NEW.etat = 'ACCEPTEE' AND NEW.acceptee_le IS NOT NULL
                AND NEW.acceptee_par IS NOT NULL) THEN
        RAISE EXCEPTION 'mission.lettre : % ne peut passer que de signée à acceptée, une seule fois (état % refusé).',
            version, NEW.etat USING ERRCODE = 'PA001';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER lettre_immuable BEFORE UPDATE OR DELETE ON mission.lettre
    FOR EACH ROW WHEN (OLD.etat <> 'BROUILLON') EXECUTE FUNCTION mission.lettre_immuable();

-- Rights of the server's role: data only. Default privileges cover what later migrations (run by the same owner)
-- create. Skipped when the server connects as the owner itself (a database not yet split into two roles: the
-- README's Configuration says how to split it).
DO $$
DECLARE
    serveur name := '${role_serveur}';
    s text;
BEGIN
    IF serveur = current_user THEN
        RAISE WARNING 'Le serveur se connecte comme propriétaire du schéma (%) : il garde le droit de désactiver les déclencheurs.', serveur;
        RETURN;
    END IF;
    -- before PostgreSQL 15 every role could create objects in public (a warning only if the migrator cannot revoke)
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    FOREACH s IN ARRAY ARRAY['public', 'referentiel', 'securite', 'dotation', 'demande', 'mission', 'paiement', 'entrepot'] LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, serveur);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, serveur);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, serveur);
        EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', s, serveur);
    END LOOP;
    -- the migrations' history is the owner's
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON public.flyway_schema_history FROM %I', serveur);
    EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', serveur);
    EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO %I', serveur);
    EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO %I', serveur);
    EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO %I', serveur);
END;
$$;
