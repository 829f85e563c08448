-- Lettres de mission: one letter per personnel, établissement and campaign, in successive versions (the first
-- letter, then its avenants). A version is a brouillon until the chef signs it; a signed version keeps the content
-- it was signed with (contenu, JSON), so it prints the same forever, whatever happens to the attributions later.
CREATE TABLE mission.lettre (
    id                   bigserial    PRIMARY KEY,
    annee_scolaire       varchar(9)   NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    uai                  varchar(8)   NOT NULL REFERENCES referentiel.etablissement (uai),
    identifiant          varchar(20)  NOT NULL REFERENCES referentiel.personnel (identifiant),
    numero               integer      NOT NULL CHECK (numero >= 1),
    etat                 varchar(10)  NOT NULL CHECK (etat IN ('BROUILLON', 'SIGNEE', 'ACCEPTEE')),
    -- the version in force; the earlier ones stay, read-only
    courante             boolean      NOT NULL,
    contenu              text,
    signee_le            timestamptz,
    signee_par           varchar(60),
    acceptee_le          timestamptz,
    acceptee_par         varchar(60),
    -- true when the chef recorded an acceptance given on paper, false when the agent accepted with his account
    acceptee_par_chef    boolean,
    creee_le             timestamptz  NOT NULL,
    verrou               bigint       NOT NULL DEFAULT 0,
    UNIQUE (annee_scolaire, uai, identifiant, numero),
    CHECK ((etat = 'BROUILLON') = (signee_le IS NULL)),
    CHECK ((etat = 'BROUILLON') = (contenu IS NULL)),
    CHECK ((etat = 'ACCEPTEE') = (acceptee_le IS NOT NULL))
);
CREATE UNIQUE INDEX lettre_courante ON mission.lettre (annee_scolaire, uai, identifiant) WHERE courante;
CREATE INDEX lettre_personnel ON mission.lettre (identifiant);

-- Bulk generation of letters as one ZIP, in the background: its state is here so that any node and any later
-- request can follow it; the ZIP itself is a file in the server's data directory.
CREATE TABLE mission.lot_lettres (
    id              bigserial    PRIMARY KEY,
    annee_scolaire  varchar(9)   NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    -- null for every établissement in the caller's scope
    uai             varchar(8)   REFERENCES referentiel.etablissement (uai),
    departement_code varchar(3),
    demandeur       varchar(60)  NOT NULL,
    etat            varchar(10)  NOT NULL CHECK (etat IN ('EN_ATTENTE', 'EN_COURS', 'TERMINE', 'ECHEC')),
    total           integer      NOT NULL DEFAULT 0,
    faites          integer      NOT NULL DEFAULT 0,
    fichier         varchar(500),
    taille          bigint,
    message         varchar(500),
    cree_le         timestamptz  NOT NULL,
    termine_le      timestamptz
);

-- The PERSONNEL role: an agent's own account, bound to his identifiant, sees only his letters and missions.
ALTER TABLE securite.compte ADD COLUMN identifiant varchar(20) REFERENCES referentiel.personnel (identifiant);
ALTER TABLE securite.compte DROP CONSTRAINT compte_role_check;
ALTER TABLE securite.compte ADD CONSTRAINT compte_role_check
    CHECK (role IN ('RECTORAT', 'DASEN', 'CHEF_ETABLISSEMENT', 'ANALYSTE', 'PERSONNEL'));
ALTER TABLE securite.compte ADD CONSTRAINT compte_personnel_identifiant
    CHECK ((role = 'PERSONNEL') = (identifiant IS NOT NULL));
CREATE UNIQUE INDEX compte_identifiant ON securite.compte (identifiant) WHERE identifiant IS NOT NULL;
