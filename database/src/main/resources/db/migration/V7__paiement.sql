-- Module paiement: schedules derived from the attributions (never typed), monthly runs, payment files.
-- Rows of paiement.echeance sent to payroll (execution_id not null) are never rewritten: a later change of the
-- attribution becomes a regularisation row in the next open month.

-- How an annual mission starting after October is paid (the texts are silent, so it is a campaign setting):
-- RATTRAPAGE = from its first month, the missed ninths caught up in that month; ETALEMENT = the amount spread
-- over the months left.
ALTER TABLE referentiel.campagne
    ADD COLUMN paiement_entree_tardive varchar(12) NOT NULL DEFAULT 'RATTRAPAGE'
        CHECK (paiement_entree_tardive IN ('RATTRAPAGE', 'ETALEMENT'));

CREATE SCHEMA paiement;

-- A closed month: its files are stored, so every download of a closed month is byte-identical.
CREATE TABLE paiement.execution (
    id              bigserial     PRIMARY KEY,
    annee_scolaire  varchar(9)    NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    mois            date          NOT NULL CHECK (date_trunc('month', mois) = mois),
    executee_le     timestamptz   NOT NULL,
    executee_par    varchar(60)   NOT NULL,
    lignes          integer       NOT NULL,
    montant_total   numeric(14,2) NOT NULL,
    fichier_csv     bytea         NOT NULL,
    fichier_xlsx    bytea         NOT NULL,
    synthese_pdf    bytea         NOT NULL,
    UNIQUE (annee_scolaire, mois)
);

-- One instalment of an attribution. Unsent rows (execution_id null) are the schedule as last derived and are
-- replaced at each derivation; identifiant, uai, dispositif, code_mission, taux are the attribution's values at
-- derivation time (what payroll received, for sent rows).
CREATE TABLE paiement.echeance (
    id              bigserial     PRIMARY KEY,
    attribution_id  bigint        NOT NULL REFERENCES mission.attribution (id),
    annee_scolaire  varchar(9)    NOT NULL,
    mois            date          NOT NULL CHECK (date_trunc('month', mois) = mois),
    montant         numeric(12,2) NOT NULL,
    regularisation  boolean       NOT NULL DEFAULT false,
    execution_id    bigint        REFERENCES paiement.execution (id),
    identifiant     varchar(20)   NOT NULL,
    uai             varchar(8)    NOT NULL,
    dispositif      varchar(5)    NOT NULL CHECK (dispositif IN ('PACTE', 'IMP')),
    code_mission    varchar(40)   NOT NULL,
    -- parts for Pacte, STS code of the rate for IMP
    taux            varchar(10)   NOT NULL
);
-- A run rewrites hundreds of thousands of planned rows: only the indexes the reads need (month, UAI, person).
-- annee_scolaire is the attribution's (no second foreign key to check on every row).
CREATE INDEX echeance_mois ON paiement.echeance (annee_scolaire, mois);
CREATE INDEX echeance_uai ON paiement.echeance (annee_scolaire, uai);
CREATE INDEX echeance_personnel ON paiement.echeance (annee_scolaire, identifiant);

-- Service fait of a one-off (PONCTUELLE) IMP, recorded by the chef d'établissement: it releases the payment.
CREATE TABLE paiement.service_fait (
    attribution_id  bigint        PRIMARY KEY REFERENCES mission.attribution (id),
    enregistre_le   timestamptz   NOT NULL,
    enregistre_par  varchar(60)   NOT NULL
);
