-- Module mission: attributions of catalogue missions to the personnels of an établissement, within its envelope.
CREATE SCHEMA mission;

CREATE TABLE mission.attribution (
    id               bigserial     PRIMARY KEY,
    annee_scolaire   varchar(9)    NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    uai              varchar(8)    NOT NULL REFERENCES referentiel.etablissement (uai),
    identifiant      varchar(20)   NOT NULL REFERENCES referentiel.personnel (identifiant),
    code_mission     varchar(40)   NOT NULL REFERENCES referentiel.mission_catalogue (code),
    dispositif       varchar(5)    NOT NULL CHECK (dispositif IN ('PACTE', 'IMP')),
    -- voie of the mission (from the catalogue), kept for the personal caps per voie
    voie             varchar(15)   NOT NULL,
    parts            numeric(4,1)  CHECK (parts > 0 AND parts * 2 = trunc(parts * 2)),
    taux_imp         varchar(3)    REFERENCES referentiel.taux_imp (code_sts),
    -- IMP units (taux coefficient) taken from the envelope, or weekly hours of décharge for DECHARGE
    unites_imp       numeric(5,2)  NOT NULL DEFAULT 0,
    heures           numeric(6,1),
    date_debut       date          NOT NULL,
    date_fin         date          NOT NULL,
    modalite         varchar(10)   NOT NULL CHECK (modalite IN ('ANNUELLE', 'PONCTUELLE', 'DECHARGE')),
    annulee          boolean       NOT NULL DEFAULT false,
    creee_le         timestamptz   NOT NULL,
    creee_par        varchar(60)   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0,
    CHECK (date_debut <= date_fin),
    CHECK ((dispositif = 'PACTE') = (parts IS NOT NULL)),
    CHECK ((dispositif = 'IMP') = (taux_imp IS NOT NULL)),
    CHECK (modalite <> 'DECHARGE' OR dispositif = 'IMP')
);
CREATE INDEX attribution_etablissement ON mission.attribution (annee_scolaire, uai) WHERE NOT annulee;
CREATE INDEX attribution_personnel ON mission.attribution (annee_scolaire, identifiant) WHERE NOT annulee;
