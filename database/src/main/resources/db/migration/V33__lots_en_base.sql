-- Issue 20, point 1: the ZIP of a lot of lettres de mission is stored in PostgreSQL (a large object), so that any
-- node serves it; the node producing a lot and its heartbeat are recorded, so that the lot of a dead node is resumed
-- once by another (the claim is one conditional UPDATE) and the lot of a live node never.

ALTER TABLE mission.lot_lettres
    ADD COLUMN archive   oid,
    ADD COLUMN noeud     varchar(120),
    ADD COLUMN battement timestamptz,
    ADD COLUMN reprises  smallint NOT NULL DEFAULT 0 CHECK (reprises >= 0);

-- Lots finished before this version point to a file of one node's disk, which the other nodes cannot read: they are
-- marked to be produced again (the letters themselves are in the database; only the ZIP is rebuilt).
UPDATE mission.lot_lettres
   SET etat = 'ECHEC', message = 'Archive produite avant le stockage en base : relancer le lot.'
 WHERE etat = 'TERMINE' AND archive IS NULL;
UPDATE mission.lot_lettres
   SET etat = 'ECHEC', message = 'Interrompu (version antérieure au suivi des nœuds) : relancer le lot.'
 WHERE etat IN ('EN_ATTENTE', 'EN_COURS');

-- a finished lot has its ZIP in the database
ALTER TABLE mission.lot_lettres ADD CONSTRAINT lot_termine_archive CHECK (etat <> 'TERMINE' OR archive IS NOT NULL);

-- No orphan large object, whatever path deletes a lot or replaces its ZIP (the retention's purge, a resumed lot)
CREATE FUNCTION mission.lot_lettres_archive_liberee() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.archive IS NOT NULL AND (TG_OP = 'DELETE' OR NEW.archive IS DISTINCT FROM OLD.archive) THEN
        PERFORM lo_unlink(OLD.archive);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER lot_lettres_archive_liberee
    AFTER UPDATE OF archive OR DELETE ON mission.lot_lettres
    FOR EACH ROW EXECUTE FUNCTION mission.lot_lettres_archive_liberee();

CREATE INDEX lot_lettres_a_surveiller ON mission.lot_lettres (battement) WHERE etat IN ('EN_ATTENTE', 'EN_COURS');
