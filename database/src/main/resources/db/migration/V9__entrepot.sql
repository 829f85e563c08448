-- Module entrepot: the reporting warehouse, a star schema loaded from the operational tables by the batch job
-- entrepot-chargement. No names and no identifiants here: a person is a per-campaign surrogate key.
--
-- Written to be distributable by campaign (e.g. Citus): every fact and every per-campaign dimension carries
-- annee_scolaire first in its key (the distribution column), the catalogue dimension is small and global (a reference
-- table), and there is no foreign key between campaigns. The ETL replaces one (campaign, département) partition at a
-- time, so facts also carry departement_code.
CREATE SCHEMA entrepot;

CREATE TABLE entrepot.dim_campagne (
    annee_scolaire varchar(9)    PRIMARY KEY,
    annee_debut    integer       NOT NULL,
    date_debut     date          NOT NULL,
    date_fin       date          NOT NULL,
    montant_part   numeric(10,2) NOT NULL
);

-- Surrogate key of a personnel within a campaign (60 bits of an MD5: collisions negligible at 10^6 persons).
CREATE FUNCTION entrepot.cle_personnel(p_annee varchar, p_identifiant varchar) RETURNS bigint AS $$
    SELECT ('x' || substr(md5(p_annee || '|' || p_identifiant), 1, 15))::bit(60)::bigint
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- Age band on the campaign's first day, as published.
CREATE FUNCTION entrepot.tranche_age(p_naissance date, p_date date) RETURNS varchar AS $$
    SELECT CASE WHEN a < 30 THEN 'Moins de 30 ans' WHEN a < 40 THEN '30 à 39 ans' WHEN a < 50 THEN '40 à 49 ans'
                WHEN a < 60 THEN '50 à 59 ans' ELSE '60 ans et plus' END
      FROM (SELECT extract(year FROM age(p_date, p_naissance))::int AS a) x
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- Statistical category of a catalogue mission.
CREATE FUNCTION entrepot.categorie(p_code varchar, p_dispositif varchar, p_prioritaire boolean, p_forfaitaire boolean)
        RETURNS varchar AS $$
    SELECT CASE WHEN p_prioritaire THEN 'RCD'
                WHEN p_dispositif = 'PACTE' AND NOT p_forfaitaire THEN 'HEURES_ELEVES'
                WHEN p_dispositif = 'PACTE' THEN 'FORFAIT'
                WHEN p_code LIKE 'IMP-COORD-%' THEN 'COORDINATION'
                WHEN p_code LIKE 'IMP-REF-%' THEN 'REFERENT'
                WHEN p_code = 'IMP-MISSION-ACADEMIQUE' THEN 'ACADEMIQUE'
                ELSE 'PONCTUELLE' END
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- The twelve months of a school year (rang 1 = September).
CREATE TABLE entrepot.dim_mois (
    annee_scolaire varchar(9)  NOT NULL,
    mois           date        NOT NULL,
    rang           smallint    NOT NULL,
    libelle        varchar(20) NOT NULL,
    PRIMARY KEY (annee_scolaire, mois)
);

-- Snapshot of the établissements for a campaign (no name: the analyst works on natures and territories).
CREATE TABLE entrepot.dim_etablissement (
    annee_scolaire        varchar(9)   NOT NULL,
    uai                   varchar(8)   NOT NULL,
    nature                varchar(5)   NOT NULL,
    departement_code      varchar(3)   NOT NULL,
    departement_libelle   varchar(100) NOT NULL,
    education_prioritaire varchar(4)   NOT NULL,
    secteur               varchar(2)   NOT NULL,
    PRIMARY KEY (annee_scolaire, uai)
);

-- Profile of a personnel for a campaign: sex, age band on the campaign's first day, corps, discipline, affectation.
-- personnel_cle is a hash of the campaign and the identifiant: stable across reloads (idempotent ETL), not linkable
-- from one campaign to the next, and it carries neither name nor identifiant.
CREATE TABLE entrepot.dim_personnel (
    annee_scolaire   varchar(9)   NOT NULL,
    personnel_cle    bigint       NOT NULL,
    departement_code varchar(3)   NOT NULL,
    uai              varchar(8)   NOT NULL,
    sexe             varchar(1)   NOT NULL,
    tranche_age      varchar(20)  NOT NULL,
    corps            varchar(12)  NOT NULL,
    discipline       varchar(100) NOT NULL,
    PRIMARY KEY (annee_scolaire, personnel_cle)
);
CREATE INDEX dim_personnel_partition ON entrepot.dim_personnel (annee_scolaire, departement_code);

-- The mission catalogue with its statistical category (global reference table).
CREATE TABLE entrepot.dim_mission (
    code           varchar(40)  PRIMARY KEY,
    dispositif     varchar(5)   NOT NULL,
    voie           varchar(15)  NOT NULL,
    categorie      varchar(20)  NOT NULL,
    libelle        varchar(300) NOT NULL,
    quantum_heures integer,
    forfaitaire    boolean      NOT NULL,
    prioritaire    boolean      NOT NULL
);

-- One row per attribution in force (cancelled ones are left out).
CREATE TABLE entrepot.fait_attribution (
    annee_scolaire   varchar(9)    NOT NULL,
    attribution_cle  bigint        NOT NULL,
    departement_code varchar(3)    NOT NULL,
    uai              varchar(8)    NOT NULL,
    personnel_cle    bigint        NOT NULL,
    code_mission     varchar(40)   NOT NULL,
    dispositif       varchar(5)    NOT NULL,
    voie             varchar(15)   NOT NULL,
    modalite         varchar(10)   NOT NULL,
    parts            numeric(4,1),
    taux_imp         varchar(3),
    unites_imp       numeric(5,2)  NOT NULL,
    heures           numeric(6,1),
    montant_engage   numeric(12,2) NOT NULL,
    mois_debut       date          NOT NULL,
    PRIMARY KEY (annee_scolaire, attribution_cle)
);
CREATE INDEX fait_attribution_partition ON entrepot.fait_attribution (annee_scolaire, departement_code);

-- Décharges de service: IMP converted into weekly hours, paid in time rather than euros.
CREATE TABLE entrepot.fait_decharge (
    annee_scolaire   varchar(9)   NOT NULL,
    attribution_cle  bigint       NOT NULL,
    departement_code varchar(3)   NOT NULL,
    uai              varchar(8)   NOT NULL,
    personnel_cle    bigint       NOT NULL,
    code_mission     varchar(40)  NOT NULL,
    heures_hebdo     numeric(6,2) NOT NULL,
    PRIMARY KEY (annee_scolaire, attribution_cle)
);
CREATE INDEX fait_decharge_partition ON entrepot.fait_decharge (annee_scolaire, departement_code);

-- Instalments of the payment schedules (module paiement), one row per instalment or regularisation line, with the
-- établissement and person payroll received; envoyee = sent to payroll by a closed monthly run (paid).
CREATE TABLE entrepot.fait_echeance (
    annee_scolaire   varchar(9)    NOT NULL,
    attribution_cle  bigint        NOT NULL,
    departement_code varchar(3)    NOT NULL,
    uai              varchar(8)    NOT NULL,
    personnel_cle    bigint        NOT NULL,
    dispositif       varchar(5)    NOT NULL,
    mois             date          NOT NULL,
    montant          numeric(12,2) NOT NULL,
    regularisation   boolean       NOT NULL,
    envoyee          boolean       NOT NULL
);
CREATE INDEX fait_echeance_partition ON entrepot.fait_echeance (annee_scolaire, departement_code);

-- Envelope of each établissement and what its attributions in force consume.
CREATE TABLE entrepot.fait_enveloppe (
    annee_scolaire      varchar(9)    NOT NULL,
    uai                 varchar(8)    NOT NULL,
    departement_code    varchar(3)    NOT NULL,
    voie                varchar(15)   NOT NULL,
    parts_notifiees     numeric(10,1) NOT NULL,
    imp_notifies        numeric(10,2) NOT NULL,
    decharge_notifiee   numeric(10,2) NOT NULL,
    parts_attribuees    numeric(10,1) NOT NULL,
    imp_attribues       numeric(10,2) NOT NULL,
    decharge_attribuee  numeric(10,2) NOT NULL,
    PRIMARY KEY (annee_scolaire, uai)
);
CREATE INDEX fait_enveloppe_partition ON entrepot.fait_enveloppe (annee_scolaire, departement_code);

-- Loads asked by analysts (parameters, progress); the batch job repository itself is JBeret's, in this database.
CREATE TABLE entrepot.chargement (
    id             bigserial    PRIMARY KEY,
    annees         varchar(400) NOT NULL,
    demande_par    varchar(60)  NOT NULL,
    demande_le     timestamptz  NOT NULL DEFAULT now(),
    execution_id   bigint,
    statut         varchar(12)  NOT NULL DEFAULT 'DEMANDE',
    unites_total   integer      NOT NULL DEFAULT 0,
    unites_faites  integer      NOT NULL DEFAULT 0,
    termine_le     timestamptz,
    message        varchar(1000)
);

-- One line per unit of work committed (a campaign's dimensions, or one département of a campaign): shows that a
-- restarted load resumes after its last checkpoint instead of starting again.
CREATE TABLE entrepot.journal_unite (
    id             bigserial   PRIMARY KEY,
    chargement_id  bigint      NOT NULL REFERENCES entrepot.chargement (id),
    execution_id   bigint      NOT NULL,
    rang           integer     NOT NULL,
    unite          varchar(40) NOT NULL,
    lignes         integer     NOT NULL,
    duree_ms       integer     NOT NULL,
    charge_le      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journal_unite_chargement ON entrepot.journal_unite (chargement_id);

-- Annual reports produced, with their parameters, so that a figure published can be traced back.
CREATE TABLE entrepot.edition (
    id           bigserial    PRIMARY KEY,
    annee        varchar(9)   NOT NULL,
    filtres      varchar(400) NOT NULL,
    seuil        integer      NOT NULL,
    format       varchar(4)   NOT NULL,
    demandee_par varchar(60)  NOT NULL,
    demandee_le  timestamptz  NOT NULL DEFAULT now(),
    duree_ms     integer      NOT NULL
);
