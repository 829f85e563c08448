-- Référentiel of the académie and accounts. Hibernate only validates this schema.
CREATE SCHEMA referentiel;
CREATE SCHEMA securite;

-- One row: the académie this installation serves.
CREATE TABLE referentiel.academie (
    id      smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    code    varchar(10)  NOT NULL,
    libelle varchar(120) NOT NULL
);

-- Codes as in the UAI: 001..095, 620 (2A), 720 (2B), 971..976.
CREATE TABLE referentiel.departement (
    code    varchar(3)   PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
    libelle varchar(100) NOT NULL,
    version bigint       NOT NULL DEFAULT 0
);

CREATE TABLE referentiel.etablissement (
    uai                         varchar(8)   PRIMARY KEY CHECK (uai ~ '^[0-9]{7}[A-HJ-NPR-Z]$'),
    nature                      varchar(5)   NOT NULL CHECK (nature IN ('ECOLE','CLG','LYC','LP','LPO','EREA')),
    denomination_principale     varchar(200) NOT NULL,
    denomination_complementaire varchar(200) NOT NULL DEFAULT '',
    departement_code            varchar(3)   NOT NULL REFERENCES referentiel.departement (code),
    commune                     varchar(120) NOT NULL,
    secteur                     varchar(2)   NOT NULL CHECK (secteur IN ('PU','PR')),
    education_prioritaire       varchar(4)   NOT NULL DEFAULT '' CHECK (education_prioritaire IN ('','REP','REP+')),
    -- lower-case, unaccented name for prefix search
    recherche                   varchar(420) NOT NULL,
    version                     bigint       NOT NULL DEFAULT 0,
    CHECK (substr(uai, 1, 3) = departement_code)
);
CREATE INDEX etablissement_dep_nature ON referentiel.etablissement (departement_code, nature);
CREATE INDEX etablissement_recherche ON referentiel.etablissement (recherche text_pattern_ops);

CREATE TABLE referentiel.personnel (
    identifiant     varchar(20)  PRIMARY KEY,
    civilite        varchar(3)   NOT NULL CHECK (civilite IN ('M.','Mme')),
    nom             varchar(100) NOT NULL,
    prenom          varchar(100) NOT NULL,
    sexe            varchar(1)   NOT NULL CHECK (sexe IN ('F','M')),
    date_naissance  date         NOT NULL,
    corps           varchar(12)  NOT NULL CHECK (corps IN ('AGREGE','CERTIFIE','PLP','PEPS','PE','CPE','PSYEN','CONTRACTUEL')),
    discipline      varchar(100) NOT NULL DEFAULT '',
    uai_affectation varchar(8)   NOT NULL REFERENCES referentiel.etablissement (uai),
    -- lower-case, unaccented "nom prenom" for prefix search
    recherche       varchar(210) NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX personnel_affectation ON referentiel.personnel (uai_affectation);
CREATE INDEX personnel_recherche ON referentiel.personnel (recherche text_pattern_ops);

-- A campaign is a school year with its settings (rules the texts leave open are settings here).
CREATE TABLE referentiel.campagne (
    annee_scolaire          varchar(9)    PRIMARY KEY CHECK (annee_scolaire ~ '^[0-9]{4}-[0-9]{4}$'),
    date_debut              date          NOT NULL,
    date_fin                date          NOT NULL,
    montant_part            numeric(10,2) NOT NULL DEFAULT 1250.00 CHECK (montant_part > 0),
    plafond_parts_voie_pro  integer       NOT NULL DEFAULT 6 CHECK (plafond_parts_voie_pro > 0),
    plafond_parts_autres    integer       NOT NULL DEFAULT 3 CHECK (plafond_parts_autres > 0),
    demi_parts_autorisees   boolean       NOT NULL DEFAULT false,
    statut                  varchar(12)   NOT NULL DEFAULT 'OUVERTE' CHECK (statut IN ('PREPARATION','OUVERTE','CLOSE')),
    version                 bigint        NOT NULL DEFAULT 0,
    CHECK (date_debut < date_fin)
);

CREATE TABLE referentiel.taux_imp (
    code_sts        varchar(3)    PRIMARY KEY,
    libelle         varchar(60)   NOT NULL,
    coefficient     numeric(5,2)  NOT NULL,
    montant_annuel  numeric(10,2) NOT NULL
);

CREATE TABLE referentiel.mission_catalogue (
    code                varchar(40)  PRIMARY KEY,
    dispositif          varchar(5)   NOT NULL CHECK (dispositif IN ('PACTE','IMP')),
    voie                varchar(15)  NOT NULL CHECK (voie IN ('PREMIER_DEGRE','SECOND_DEGRE','VOIE_PRO','ACADEMIQUE')),
    libelle             varchar(300) NOT NULL,
    quantum_heures      integer,
    forfaitaire         boolean      NOT NULL,
    taux_imp_reference  varchar(3)   REFERENCES referentiel.taux_imp (code_sts),
    prioritaire         boolean      NOT NULL,
    bilan_remis_a       varchar(100) NOT NULL,
    source              varchar(40)  NOT NULL,
    CHECK (forfaitaire OR quantum_heures IS NOT NULL)
);

-- Accounts of the Elytron JDBC realm: bcrypt hashes in modular crypt form ($2a$...).
CREATE TABLE securite.compte (
    login            varchar(60)  PRIMARY KEY,
    mot_de_passe     varchar(100) NOT NULL,
    role             varchar(20)  NOT NULL CHECK (role IN ('RECTORAT','DASEN','CHEF_ETABLISSEMENT','ANALYSTE')),
    departement_code varchar(3)   REFERENCES referentiel.departement (code),
    uai              varchar(8)   REFERENCES referentiel.etablissement (uai),
    nom_affiche      varchar(120) NOT NULL,
    actif            boolean      NOT NULL DEFAULT true,
    CHECK ((role = 'DASEN') = (departement_code IS NOT NULL)),
    CHECK ((role = 'CHEF_ETABLISSEMENT') = (uai IS NOT NULL))
);

-- Every import, accepted or refused, is journaled: nothing is lost silently.
CREATE TABLE referentiel.journal_import (
    id          bigserial    PRIMARY KEY,
    nature      varchar(30)  NOT NULL,
    nom_fichier varchar(255) NOT NULL,
    auteur      varchar(60)  NOT NULL,
    date_import timestamptz  NOT NULL DEFAULT now(),
    accepte     boolean      NOT NULL,
    crees       integer      NOT NULL DEFAULT 0,
    modifies    integer      NOT NULL DEFAULT 0,
    inchanges   integer      NOT NULL DEFAULT 0,
    erreurs     integer      NOT NULL DEFAULT 0
);
