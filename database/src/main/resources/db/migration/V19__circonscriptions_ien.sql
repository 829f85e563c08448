-- Premier degré (issue 15, point 4): circonscriptions, the écoles they hold, and IEN accounts scoped to one.
-- An IEN instructs the requests of the écoles of his circonscription as the DASEN does for the second degré.
CREATE TABLE referentiel.circonscription (
    code             varchar(10)  PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{3,10}$'),
    libelle          varchar(120) NOT NULL,
    departement_code varchar(3)   NOT NULL REFERENCES referentiel.departement (code),
    UNIQUE (code, departement_code)
);

-- Only écoles carry a circonscription (the second degré has none); it lies in the école's département.
ALTER TABLE referentiel.etablissement ADD COLUMN circonscription_code varchar(10);
ALTER TABLE referentiel.etablissement ADD CONSTRAINT etablissement_circonscription_fk
    FOREIGN KEY (circonscription_code, departement_code) REFERENCES referentiel.circonscription (code, departement_code);
ALTER TABLE referentiel.etablissement ADD CONSTRAINT etablissement_circonscription_ecole
    CHECK (circonscription_code IS NULL OR nature = 'ECOLE');
CREATE INDEX etablissement_circonscription ON referentiel.etablissement (circonscription_code)
    WHERE circonscription_code IS NOT NULL;

ALTER TABLE securite.compte ADD COLUMN circonscription_code varchar(10) REFERENCES referentiel.circonscription (code);
ALTER TABLE securite.compte DROP CONSTRAINT compte_role_check;
ALTER TABLE securite.compte ADD CONSTRAINT compte_role_check
    CHECK (role IN ('RECTORAT', 'DASEN', 'IEN', 'CHEF_ETABLISSEMENT', 'ANALYSTE', 'PERSONNEL'));
ALTER TABLE securite.compte ADD CONSTRAINT compte_ien_circonscription
    CHECK ((role = 'IEN') = (circonscription_code IS NOT NULL));
