-- Issue 16, point 3: a first password is random and one-time. An account whose password is provisional logs in only
-- to change it: the realm's role query gives it the role MOT_DE_PASSE_PROVISOIRE instead of its own, so every
-- service refuses it until the change (configure-server.cli); changing the password clears the flag.
ALTER TABLE securite.compte ADD COLUMN mot_de_passe_provisoire boolean NOT NULL DEFAULT false;
ALTER TABLE securite.compte ADD COLUMN mot_de_passe_change_le timestamptz;
