-- Issue 15, point 2: the catalogue per campaign. Seed 002: « Les missions sont présentées à titre indicatif et non
-- exhaustif. Leur contenu peut être adapté en fonction des besoins locaux. »
-- mission_catalogue stays the registry of codes (attributions keep their FK on the code) with the current wording;
-- mission_campagne is each campaign's own copy, so renaming from year N never rewrites year N-1.

ALTER TABLE referentiel.mission_catalogue
    ADD COLUMN origine        varchar(11) NOT NULL DEFAULT 'NATIONALE'
        CHECK (origine IN ('NATIONALE', 'ACADEMIQUE', 'LOCALE')),
    ADD COLUMN contenu        varchar(2000),
    ADD COLUMN premiere_annee varchar(9) CHECK (premiere_annee ~ '^[0-9]{4}-[0-9]{4}$'),
    ADD COLUMN derniere_annee varchar(9) CHECK (derniere_annee ~ '^[0-9]{4}-[0-9]{4}$'),
    ADD CHECK (derniere_annee IS NULL OR premiere_annee IS NULL OR derniere_annee >= premiere_annee);

-- seeds 001 and 002: « à compter de la rentrée 2024 » (parcours de consolidation en BTS, accompagnement France Travail)
UPDATE referentiel.mission_catalogue SET premiere_annee = '2024-2025'
 WHERE code IN ('LP-CONSOLIDATION-STS', 'LP-FRANCE-TRAVAIL');

CREATE TABLE referentiel.mission_campagne (
    annee_scolaire     varchar(9)   NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    code               varchar(40)  NOT NULL REFERENCES referentiel.mission_catalogue (code),
    dispositif         varchar(5)   NOT NULL CHECK (dispositif IN ('PACTE','IMP')),
    voie               varchar(15)  NOT NULL CHECK (voie IN ('PREMIER_DEGRE','SECOND_DEGRE','VOIE_PRO','ACADEMIQUE')),
    libelle            varchar(300) NOT NULL,
    contenu            varchar(2000),
    quantum_heures     integer,
    forfaitaire        boolean      NOT NULL,
    taux_imp_reference varchar(3)   REFERENCES referentiel.taux_imp (code_sts),
    prioritaire        boolean      NOT NULL,
    bilan_remis_a      varchar(100) NOT NULL,
    origine            varchar(11)  NOT NULL,
    PRIMARY KEY (annee_scolaire, code),
    CHECK (forfaitaire OR quantum_heures IS NOT NULL)
);

-- A chef's wording of a mission for his établissement and one campaign; the letter prints it.
CREATE TABLE referentiel.mission_adaptation (
    annee_scolaire varchar(9)   NOT NULL,
    uai            varchar(8)   NOT NULL REFERENCES referentiel.etablissement (uai),
    code           varchar(40)  NOT NULL,
    libelle        varchar(300) NOT NULL CHECK (btrim(libelle) <> ''),
    contenu        varchar(2000),
    auteur         varchar(60)  NOT NULL,
    modifie_le     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (annee_scolaire, uai, code),
    FOREIGN KEY (annee_scolaire, code) REFERENCES referentiel.mission_campagne (annee_scolaire, code)
);

CREATE FUNCTION referentiel.mission_valide(m referentiel.mission_catalogue, annee varchar) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT (m.premiere_annee IS NULL OR m.premiere_annee <= annee) AND (m.derniere_annee IS NULL OR m.derniere_annee >= annee)
$$;

-- A new campaign gets its catalogue in the database itself, whichever path creates it (fixtures, demo and
-- national generators, the campaigns screen of helper `campagne`): the previous campaign's catalogue (its renamings
-- carry on) for the missions still valid, plus the valid missions it did not have, from the registry.
CREATE FUNCTION referentiel.campagne_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    precedente varchar(9);
BEGIN
    SELECT max(annee_scolaire) INTO precedente FROM referentiel.campagne WHERE annee_scolaire < NEW.annee_scolaire;
    INSERT INTO referentiel.mission_campagne
    SELECT NEW.annee_scolaire, p.code, p.dispositif, p.voie, p.libelle, p.contenu, p.quantum_heures, p.forfaitaire,
           p.taux_imp_reference, p.prioritaire, p.bilan_remis_a, p.origine
      FROM referentiel.mission_campagne p JOIN referentiel.mission_catalogue m ON m.code = p.code
     WHERE p.annee_scolaire = precedente AND referentiel.mission_valide(m, NEW.annee_scolaire);
    INSERT INTO referentiel.mission_campagne
    SELECT NEW.annee_scolaire, m.code, m.dispositif, m.voie, m.libelle, m.contenu, m.quantum_heures, m.forfaitaire,
           m.taux_imp_reference, m.prioritaire, m.bilan_remis_a, m.origine
      FROM referentiel.mission_catalogue m
     WHERE referentiel.mission_valide(m, NEW.annee_scolaire)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER campagne_catalogue AFTER INSERT ON referentiel.campagne
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_catalogue();

-- A mission added to the registry (by the rectorat, or by a fixture) enters every existing campaign of its validity.
CREATE FUNCTION referentiel.mission_ajoutee() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referentiel.mission_campagne
    SELECT c.annee_scolaire, NEW.code, NEW.dispositif, NEW.voie, NEW.libelle, NEW.contenu, NEW.quantum_heures,
           NEW.forfaitaire, NEW.taux_imp_reference, NEW.prioritaire, NEW.bilan_remis_a, NEW.origine
      FROM referentiel.campagne c
     WHERE referentiel.mission_valide(NEW, c.annee_scolaire)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER mission_ajoutee AFTER INSERT ON referentiel.mission_catalogue
    FOR EACH ROW EXECUTE FUNCTION referentiel.mission_ajoutee();

-- the campaigns that exist keep the national list as it reads today (validity ignored: attributions may exist)
INSERT INTO referentiel.mission_campagne
SELECT c.annee_scolaire, m.code, m.dispositif, m.voie, m.libelle, m.contenu, m.quantum_heures, m.forfaitaire,
       m.taux_imp_reference, m.prioritaire, m.bilan_remis_a, m.origine
  FROM referentiel.campagne c CROSS JOIN referentiel.mission_catalogue m;
