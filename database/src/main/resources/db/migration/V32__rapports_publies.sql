-- Issue 19, point 3: the annual report of a loaded campaign is computed once per load and stored; the screen and the
-- downloads (PDF, XLSX, CSV, JSON) read it. One row per published version: population × filter (none, or one
-- département, nature or secteur — the linked set of issue 18) × threshold, for the warehouse's state (version = the
-- last unit committed, entrepot.journal_unite): a new load makes the rows stale, they are then replaced.
-- The tables are stored already masked: nothing in this table is below the secret.
CREATE TABLE entrepot.rapport_publie (
    annee_scolaire  varchar(9)   NOT NULL,
    population      varchar(20)  NOT NULL,
    dimension       varchar(12)  NOT NULL DEFAULT '' CHECK (dimension IN ('', 'departement', 'nature', 'secteur')),
    valeur          varchar(20)  NOT NULL DEFAULT '',
    seuil           integer      NOT NULL CHECK (seuil > 0),
    version         bigint       NOT NULL,
    -- the masked tables (java serialization of the report's records, read back with a class filter)
    tableaux        bytea        NOT NULL,
    publie_le       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (annee_scolaire, population, dimension, valeur, seuil, version),
    CHECK ((dimension = '') = (valeur = ''))
);
