-- Issue 20, point 1: a warehouse load records the node running it; each node signs its life in entrepot.noeud.
-- A load whose node has gone silent is interrupted, on every node's screen alike (the state was kept in one server's
-- memory), and is resumed once: the resumption claims it in one conditional UPDATE. The heartbeat is the node's, in a
-- table of its own: a load's row stays locked by its chunk's transaction while a unit is written, a heartbeat there
-- would wait for it.
ALTER TABLE entrepot.chargement
    ADD COLUMN noeud    varchar(120),
    ADD COLUMN reprises smallint NOT NULL DEFAULT 0 CHECK (reprises >= 0);

CREATE TABLE entrepot.noeud (
    nom       varchar(120) PRIMARY KEY,
    battement timestamptz  NOT NULL
);
