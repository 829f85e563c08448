-- Texts of the letters by what they hold and the conseil document (LettreTextesIT): département 085, campaign
-- 2149-2150, a collège 0859001X and an école 0859002Y, personnels LTX…, their chef and director, one agent's account.
-- Every password is "test".
INSERT INTO referentiel.departement (code, libelle) VALUES ('085', 'Vendée');
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2149-2150', '2149-09-01', '2150-08-31', 'PREPARATION');
INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0859001X', 'CLG', 'Collège Georges-Clemenceau', '', '085', 'Luçon', 'PU', '', 'college georges-clemenceau lucon 0859001x'),
 ('0859002Y', 'ECOLE', 'École élémentaire Jules-Ferry', '', '085', 'Fontenay-le-Comte', 'PU', '', 'ecole elementaire jules-ferry fontenay-le-comte 0859002y');
INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche) VALUES
 ('LTX0000000001', 'Mme', 'Guérin', 'Solène', 'F', '1983-04-12', 'CERTIFIE', 'Technologie', '0859001X', 'guerin solene ltx0000000001'),
 ('LTX0000000002', 'M.', 'Bénéteau', 'Rémi', 'M', '1978-11-03', 'CERTIFIE', 'Physique-chimie', '0859001X', 'beneteau remi ltx0000000002'),
 ('LTX0000000003', 'Mme', 'Pacaud', 'Léonie', 'F', '1990-01-20', 'PE', '', '0859002Y', 'pacaud leonie ltx0000000003');
INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche, identifiant) VALUES
 ('chef.0859001x', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0859001X', 'Yannick Rousseau, principal', NULL),
 ('chef.0859002y', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0859002Y', 'Odile Perrocheau, directrice', NULL),
 ('personnel.ltx01', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'PERSONNEL', NULL, NULL, 'Solène Guérin', 'LTX0000000001');

-- The école's circonscription (V19): its letters name the IEN the bilan goes to (issue 15, point 4).
INSERT INTO referentiel.circonscription (code, libelle, departement_code) VALUES ('085FON', 'Fontenay-le-Comte', '085');
UPDATE referentiel.etablissement SET circonscription_code = '085FON' WHERE uai = '0859002Y';
