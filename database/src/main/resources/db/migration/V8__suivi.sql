-- Module mission, répartition and suivi: volunteers, dates of the conseils, hours done, redéploiements, bilans.

-- A personnel who volunteers for missions in his établissement for a campaign (seed 002: volontariat).
CREATE TABLE mission.volontaire (
    annee_scolaire   varchar(9)    NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    uai              varchar(8)    NOT NULL REFERENCES referentiel.etablissement (uai),
    identifiant      varchar(20)   NOT NULL REFERENCES referentiel.personnel (identifiant),
    declare_le       timestamptz   NOT NULL,
    declare_par      varchar(60)   NOT NULL,
    PRIMARY KEY (annee_scolaire, uai, identifiant)
);

-- The répartition is presented to the conseil d'administration for avis, after the conseil pédagogique (seed 003).
CREATE TABLE mission.conseils (
    annee_scolaire              varchar(9)   NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    uai                         varchar(8)   NOT NULL REFERENCES referentiel.etablissement (uai),
    conseil_pedagogique         date,
    conseil_administration      date,
    modifie_le                  timestamptz  NOT NULL,
    modifie_par                 varchar(60)  NOT NULL,
    PRIMARY KEY (annee_scolaire, uai),
    CHECK (conseil_pedagogique IS NULL OR conseil_administration IS NULL OR conseil_pedagogique <= conseil_administration)
);

-- Hours done on an hour-based attribution, recorded by the chef during the year.
CREATE TABLE mission.suivi_heures (
    attribution_id   bigint        PRIMARY KEY REFERENCES mission.attribution (id),
    heures_faites    numeric(6,1)  NOT NULL CHECK (heures_faites >= 0),
    releve_le        timestamptz   NOT NULL,
    releve_par       varchar(60)   NOT NULL
);

-- Hours not done moved from one hour-based attribution to another of the same établissement (seed 000).
CREATE TABLE mission.redeploiement (
    id                 bigserial     PRIMARY KEY,
    attribution_source bigint        NOT NULL REFERENCES mission.attribution (id),
    attribution_cible  bigint        NOT NULL REFERENCES mission.attribution (id),
    heures             numeric(6,1)  NOT NULL CHECK (heures > 0),
    motif              varchar(500),
    fait_le            timestamptz   NOT NULL,
    fait_par           varchar(60)   NOT NULL,
    CHECK (attribution_source <> attribution_cible)
);
CREATE INDEX redeploiement_source ON mission.redeploiement (attribution_source);
CREATE INDEX redeploiement_cible ON mission.redeploiement (attribution_cible);

-- End-of-year bilan of a mission, for its recipient in the catalogue (bilan_remis_a).
CREATE TABLE mission.bilan (
    attribution_id   bigint         PRIMARY KEY REFERENCES mission.attribution (id),
    texte            varchar(4000)  NOT NULL,
    destinataire     varchar(120)   NOT NULL,
    redige_le        timestamptz    NOT NULL,
    redige_par       varchar(60)    NOT NULL
);
