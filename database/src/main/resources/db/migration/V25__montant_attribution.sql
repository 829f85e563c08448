-- Issue 17: the amount of an attribution is computed once, here, and stored with it. The payment module, the
-- screens, the letters and the warehouse read mission.attribution.montant; none recomputes it. A trigger rather than
-- the Java writer: imports by COPY, the demo loader and the set-based payment run (issue 19) write attributions in
-- SQL, and no path — not even a bug — may store an attribution without its amount (seeds 001/002: parts × the
-- campaign's amount of a part, 1 250 € by default; seed 003: the yearly amount of the IMP's rate; a décharge de
-- service is paid in time, not in euros).

ALTER TABLE mission.attribution ADD COLUMN montant numeric(12,2);

CREATE FUNCTION mission.montant_attribution() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.modalite = 'DECHARGE' THEN
        NEW.montant := 0;
    ELSIF NEW.dispositif = 'PACTE' THEN
        -- a half part of an amount in odd cents is rounded to the cent, half up
        NEW.montant := round(NEW.parts * (SELECT c.montant_part FROM referentiel.campagne c
                                           WHERE c.annee_scolaire = NEW.annee_scolaire), 2);
    ELSE
        NEW.montant := (SELECT t.montant_annuel FROM referentiel.taux_imp t WHERE t.code_sts = NEW.taux_imp);
    END IF;
    RETURN NEW;
END $$;

-- whatever a writer puts in montant is replaced: the column is the rule's result, never an input
CREATE TRIGGER attribution_montant BEFORE INSERT OR UPDATE ON mission.attribution
    FOR EACH ROW EXECUTE FUNCTION mission.montant_attribution();
-- even for the bulk loaders that write with session_replication_role = replica (benchmarks, fixtures)
ALTER TABLE mission.attribution ENABLE ALWAYS TRIGGER attribution_montant;

-- filled once for the attributions already there (the schema's owner may write closed campaigns, V23)
UPDATE mission.attribution SET montant = NULL;

ALTER TABLE mission.attribution ALTER COLUMN montant SET NOT NULL;

-- A campaign's amount of a part or an IMP rate's yearly amount changes: the amounts of the attributions follow
-- (by the trigger above). A closed campaign's amounts stay as they were paid, even if its owner changes a setting.
CREATE FUNCTION mission.montants_suivent_campagne() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE mission.attribution SET montant = NULL
     WHERE annee_scolaire = NEW.annee_scolaire AND dispositif = 'PACTE';
    RETURN NULL;
END $$;

CREATE TRIGGER campagne_montant_part AFTER UPDATE OF montant_part ON referentiel.campagne
    FOR EACH ROW WHEN (OLD.montant_part IS DISTINCT FROM NEW.montant_part AND NEW.statut <> 'CLOSE')
    EXECUTE FUNCTION mission.montants_suivent_campagne();

CREATE FUNCTION mission.montants_suivent_taux() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE mission.attribution a SET montant = NULL
      FROM referentiel.campagne c
     WHERE a.taux_imp = NEW.code_sts AND c.annee_scolaire = a.annee_scolaire AND c.statut <> 'CLOSE';
    RETURN NULL;
END $$;

CREATE TRIGGER taux_imp_montant AFTER UPDATE OF montant_annuel ON referentiel.taux_imp
    FOR EACH ROW WHEN (OLD.montant_annuel IS DISTINCT FROM NEW.montant_annuel)
    EXECUTE FUNCTION mission.montants_suivent_taux();
