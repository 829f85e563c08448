-- Issue 18, point 1: the DEPP's population leaves out replacement teachers (note 22.33's « enseignants du second
-- degré », remplaçants excluded). The référentiel now says who replaces: a titulaire sur zone de remplacement (TZR)
-- or a contractuel recruited to replace, given by the personnels file's optional column « remplacant » (O/N).
-- Persons imported before this migration, and the snapshots of years closed before it, are not remplaçants: the
-- information did not exist then.
ALTER TABLE referentiel.personnel ADD COLUMN remplacant boolean NOT NULL DEFAULT false;
ALTER TABLE referentiel.personnel_annee ADD COLUMN remplacant boolean NOT NULL DEFAULT false;

-- V26's snapshot, now with the remplaçant flag (same owner's rights, same once-per-year rule).
CREATE OR REPLACE FUNCTION referentiel.photographier(p_annee varchar) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n_etab integer;
    n_pers integer;
BEGIN
    IF EXISTS (SELECT 1 FROM referentiel.instantane_campagne WHERE annee_scolaire = p_annee) THEN
        RETURN; -- a year is photographed once, when it closes
    END IF;
    SELECT count(*) INTO n_etab FROM referentiel.etablissement;
    SELECT count(*) INTO n_pers FROM referentiel.personnel;
    INSERT INTO referentiel.instantane_campagne (annee_scolaire, personnels, etablissements)
    VALUES (p_annee, n_pers, n_etab);
    INSERT INTO referentiel.etablissement_annee (annee_scolaire, uai, nature, departement_code, departement_libelle,
                                                 secteur, education_prioritaire)
    SELECT p_annee, e.uai, e.nature, e.departement_code, d.libelle, e.secteur, e.education_prioritaire
      FROM referentiel.etablissement e JOIN referentiel.departement d ON d.code = e.departement_code;
    INSERT INTO referentiel.personnel_annee (annee_scolaire, identifiant, sexe, date_naissance, corps, discipline,
                                             uai_affectation, remplacant)
    SELECT p_annee, identifiant, sexe, date_naissance, corps, discipline, uai_affectation, remplacant
      FROM referentiel.personnel;
END $$;

-- The personnels of a year as the warehouse reads them (V26), with the flag: its result type changes, so it is
-- dropped and created again (only the ETL's queries call it).
DROP FUNCTION referentiel.personnels_de(varchar);
CREATE FUNCTION referentiel.personnels_de(p_annee varchar)
        RETURNS TABLE (identifiant varchar, sexe varchar, date_naissance date, corps varchar, discipline varchar,
                       uai_affectation varchar, remplacant boolean)
LANGUAGE sql STABLE AS $$
    SELECT s.identifiant, s.sexe, s.date_naissance, s.corps, s.discipline, s.uai_affectation, s.remplacant
      FROM referentiel.personnel_annee s WHERE s.annee_scolaire = p_annee
    UNION ALL
    SELECT p.identifiant, p.sexe, p.date_naissance, p.corps, p.discipline, p.uai_affectation, p.remplacant
      FROM referentiel.personnel p
     WHERE NOT EXISTS (SELECT 1 FROM referentiel.instantane_campagne i WHERE i.annee_scolaire = p_annee)
$$;

-- A second-degré teacher who replaces is a category of his own, outside the DEPP's population; the other cases as
-- V26 (a remplaçant of the first degré stays a first-degré teacher: the note is about the second degré).
ALTER TABLE entrepot.dim_personnel DROP CONSTRAINT dim_personnel_population_check;
ALTER TABLE entrepot.dim_personnel ADD CONSTRAINT dim_personnel_population_check
    CHECK (population IN ('ENSEIGNANT_2D', 'REMPLACANT_2D', 'ENSEIGNANT_1D', 'DOCUMENTALISTE', 'CPE', 'PSYEN'));

DROP FUNCTION entrepot.population(varchar, varchar, varchar);
CREATE FUNCTION entrepot.population(p_corps varchar, p_discipline varchar, p_nature varchar, p_remplacant boolean)
        RETURNS varchar AS $$
    SELECT CASE WHEN p_corps = 'CPE' THEN 'CPE'
                WHEN p_corps = 'PSYEN' THEN 'PSYEN'
                WHEN p_corps = 'PE' OR (p_corps = 'CONTRACTUEL' AND p_nature = 'ECOLE') THEN 'ENSEIGNANT_1D'
                WHEN lower(p_discipline) LIKE 'documentation%' THEN 'DOCUMENTALISTE'
                WHEN p_remplacant THEN 'REMPLACANT_2D'
                ELSE 'ENSEIGNANT_2D' END
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;
