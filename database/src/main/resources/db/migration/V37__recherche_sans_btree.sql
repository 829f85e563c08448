-- Issue 19, point 2: every search on `recherche` is LIKE '%mot%' (Criteres, SqlLecturesDotation), served since V27 by
-- the trigram GIN indexes; V1's btree text_pattern_ops indexes serve only a prefix, which no query asks for. They
-- cost each write of a personnel or an établissement (an import of 100 000 new personnels: about 0.1 s), for nothing.
DROP INDEX referentiel.personnel_recherche;
DROP INDEX referentiel.etablissement_recherche;
