-- One audit trail for every change of the académie's data (issue 14, point 4): who, when, what object, before,
-- after and why, in one shape whatever the module. Modules write it through securite's JournalService, in the
-- transaction of the change itself: a change that rolls back leaves no entry, a change that commits always has one.
-- Rows are never updated nor deleted (trigger below), whatever the role.
CREATE TABLE securite.journal (
    id               bigserial     PRIMARY KEY,
    horodatage       timestamptz   NOT NULL DEFAULT clock_timestamp(),
    auteur           varchar(60)   NOT NULL,
    role             varchar(20),
    -- what was done (ENVELOPPE_MODIFIEE, ATTRIBUTION_ANNULEE, …) to which kind of object, and which one
    action           varchar(40)   NOT NULL,
    objet            varchar(30)   NOT NULL,
    objet_id         varchar(120),
    annee_scolaire   varchar(9),
    -- scope of the object: a DASEN reads the entries of his département
    departement_code varchar(3),
    uai              varchar(8),
    avant            jsonb,
    apres            jsonb,
    motif            varchar(2000)
);
CREATE INDEX journal_horodatage ON securite.journal (horodatage);
CREATE INDEX journal_auteur ON securite.journal (auteur, horodatage);
CREATE INDEX journal_uai ON securite.journal (uai, horodatage);
CREATE INDEX journal_departement ON securite.journal (departement_code, horodatage);
CREATE INDEX journal_objet ON securite.journal (objet, objet_id);

CREATE FUNCTION securite.journal_immuable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Le journal est en ajout seul : % refusé sur l''entrée %', TG_OP, OLD.id
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER journal_immuable BEFORE UPDATE OR DELETE ON securite.journal
    FOR EACH ROW EXECUTE FUNCTION securite.journal_immuable();
