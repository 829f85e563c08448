-- Module demande: requests of the établissements to their DASEN (seed 003), and in-application notifications.
CREATE SCHEMA demande;

CREATE TABLE demande.demande (
    id                 bigserial     PRIMARY KEY,
    annee_scolaire     varchar(9)    NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    uai                varchar(8)    NOT NULL REFERENCES referentiel.etablissement (uai),
    departement_code   varchar(3)    NOT NULL REFERENCES referentiel.departement (code),
    nature             varchar(25)   NOT NULL CHECK (nature IN ('IMP_SUPPLEMENTAIRES', 'PARTS_SUPPLEMENTAIRES', 'CONVERSION_DECHARGE')),
    quantite           numeric(10,2) NOT NULL CHECK (quantite > 0),
    justification      varchar(4000) NOT NULL,
    etat               varchar(25)   NOT NULL CHECK (etat IN ('BROUILLON', 'DEPOSEE', 'EN_INSTRUCTION', 'ACCEPTEE',
                                                              'ACCEPTEE_PARTIELLEMENT', 'REFUSEE', 'RETIREE')),
    quantite_accordee  numeric(10,2) CHECK (quantite_accordee >= 0 AND quantite_accordee <= quantite),
    motif_decision     varchar(2000),
    piece_jointe_nom   varchar(255),
    piece_jointe       bytea,
    creee_le           timestamptz   NOT NULL,
    creee_par          varchar(60)   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CHECK (etat NOT IN ('ACCEPTEE_PARTIELLEMENT', 'REFUSEE') OR motif_decision IS NOT NULL)
);
CREATE INDEX demande_departement_etat ON demande.demande (departement_code, etat);
CREATE INDEX demande_uai ON demande.demande (uai);

-- Every step of a request, timestamped with its author.
CREATE TABLE demande.etape (
    id          bigserial    PRIMARY KEY,
    demande_id  bigint       NOT NULL REFERENCES demande.demande (id),
    etat        varchar(25)  NOT NULL,
    date_etape  timestamptz  NOT NULL,
    auteur      varchar(60)  NOT NULL,
    commentaire varchar(2000)
);
CREATE INDEX etape_demande ON demande.etape (demande_id);

-- In-application notifications, addressed to a scope: the chefs of a UAI or the DASEN of a département.
CREATE TABLE demande.notification (
    id               bigserial    PRIMARY KEY,
    demande_id       bigint       NOT NULL REFERENCES demande.demande (id),
    role             varchar(20)  NOT NULL CHECK (role IN ('DASEN', 'CHEF_ETABLISSEMENT')),
    departement_code varchar(3),
    uai              varchar(8),
    message          varchar(500) NOT NULL,
    creee_le         timestamptz  NOT NULL,
    lue              boolean      NOT NULL DEFAULT false
);
CREATE INDEX notification_destinataire ON demande.notification (role, departement_code, uai) WHERE NOT lue;

-- Address for the e-mail copy of notifications (optional; the e-mail hook is off unless configured).
ALTER TABLE securite.compte ADD COLUMN courriel varchar(200);

-- A conversion turns IMP units into weekly hours of décharge (1 IMP at taux de base = 1 h, seed 003): the converted
-- units stay counted against the IMP allocation, so the décharge hours are counted with the envelope's IMP.
CREATE OR REPLACE FUNCTION dotation.suivre_enveloppe() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.voie = NEW.voie AND OLD.annee_scolaire = NEW.annee_scolaire THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts - OLD.parts);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', (NEW.imp + NEW.decharge_heures) - (OLD.imp + OLD.decharge_heures));
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dotation.distribuer(OLD.annee_scolaire, OLD.voie, -OLD.parts);
        PERFORM dotation.distribuer(OLD.annee_scolaire, 'IMP', -(OLD.imp + OLD.decharge_heures));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM dotation.distribuer(NEW.annee_scolaire, NEW.voie, NEW.parts);
        PERFORM dotation.distribuer(NEW.annee_scolaire, 'IMP', NEW.imp + NEW.decharge_heures);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER enveloppe_distribution ON dotation.enveloppe;
CREATE TRIGGER enveloppe_distribution AFTER INSERT OR UPDATE OF parts, imp, decharge_heures, voie, annee_scolaire OR DELETE
    ON dotation.enveloppe FOR EACH ROW EXECUTE FUNCTION dotation.suivre_enveloppe();
