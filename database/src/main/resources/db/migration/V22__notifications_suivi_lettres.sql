-- Issue 15, calendar and follow-up: the in-application notifications of the demande module also carry what other
-- modules announce (envelopes published, a letter to sign or to accept, an avenant, a deadline, a reminder), so they
-- no longer always point at a request, and an agent (PERSONNEL, by his identifiant) can receive them.
ALTER TABLE demande.notification ALTER COLUMN demande_id DROP NOT NULL;
ALTER TABLE demande.notification ADD COLUMN identifiant varchar(20) REFERENCES referentiel.personnel (identifiant);
ALTER TABLE demande.notification ADD COLUMN objet varchar(30) NOT NULL DEFAULT 'DEMANDE';
ALTER TABLE demande.notification DROP CONSTRAINT notification_role_check;
ALTER TABLE demande.notification ADD CONSTRAINT notification_role_check
    CHECK (role IN ('DASEN', 'CHEF_ETABLISSEMENT', 'PERSONNEL'));
ALTER TABLE demande.notification ADD CONSTRAINT notification_personnel_identifiant
    CHECK ((role = 'PERSONNEL') = (identifiant IS NOT NULL));
CREATE INDEX notification_personnel ON demande.notification (identifiant) WHERE NOT lue AND identifiant IS NOT NULL;
