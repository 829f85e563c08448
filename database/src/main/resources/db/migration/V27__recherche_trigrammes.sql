-- Issue 19, point 5: the search boxes (q= of the établissements, the personnels, the dotations) look for each word
-- anywhere in `recherche` (lower-case, unaccented names, UAI, commune): LIKE '%mot%', which the btree text_pattern_ops
-- indexes of V1 cannot serve — two full scans per page at 60 000 personnels. A trigram GIN index serves LIKE '%…%'
-- as it is written (no query changes). pg_trgm ships with PostgreSQL (contrib, in Debian's postgresql package) and is a
-- trusted extension: the database's owner creates it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE INDEX personnel_recherche_trigrammes ON referentiel.personnel USING gin (recherche public.gin_trgm_ops);
CREATE INDEX etablissement_recherche_trigrammes ON referentiel.etablissement USING gin (recherche public.gin_trgm_ops);
