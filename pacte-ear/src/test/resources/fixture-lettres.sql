-- Lettres de mission (LettreIT, LettreNavigateurIT): campaigns 2040-2041 to 2044-2045, établissements 0389xxx,
-- personnels LET…, their chefs and two agents' own accounts. Every password is "test".
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2040-2041', '2040-09-01', '2041-08-31', 'PREPARATION'),
 ('2041-2042', '2041-09-01', '2042-08-31', 'PREPARATION'),
 ('2042-2043', '2042-09-01', '2043-08-31', 'PREPARATION'),
 ('2043-2044', '2043-09-01', '2044-08-31', 'PREPARATION'),
 ('2044-2045', '2044-09-01', '2045-08-31', 'PREPARATION');
INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0389001C', 'CLG', 'Collège Françoise-Dolto', 'Cité scolaire « Les Œillets »', '038', 'Saint-Égrève', 'PU', 'REP', 'college francoise-dolto cite scolaire les oeillets saint-egreve 0389001c'),
 ('0389002D', 'LP', 'Lycée professionnel Léon-Blum', '', '038', 'Vienne', 'PU', '', 'lycee professionnel leon-blum  vienne 0389002d');
INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche) VALUES
 ('LET0000000001', 'Mme', 'Lefèvre-Œhmichen', 'Hélène', 'F', '1984-02-29', 'CERTIFIE', 'Éducation musicale', '0389001C', 'lefevre-oehmichen helene let0000000001'),
 ('LET0000000002', 'M.', 'Çelik', 'François', 'M', '1979-07-14', 'AGREGE', 'Mathématiques', '0389001C', 'celik francois let0000000002'),
 ('LET0000000003', 'Mme', 'Noël', 'Maëlle', 'F', '1991-05-01', 'CERTIFIE', 'Histoire-géographie', '0389001C', 'noel maelle let0000000003'),
 ('LET0000000004', 'M.', 'Dupré', 'Loïc', 'M', '1975-10-10', 'PLP', 'Génie électrique', '0389002D', 'dupre loic let0000000004');
INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche, identifiant) VALUES
 ('chef.0389001c', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0389001C', 'Agnès Cœurdevey, principale', NULL),
 ('chef.0389002d', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0389002D', 'Proviseur du lycée Léon-Blum', NULL),
 ('personnel.let01', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'PERSONNEL', NULL, NULL, 'Hélène Lefèvre-Œhmichen', 'LET0000000001'),
 ('personnel.let02', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'PERSONNEL', NULL, NULL, 'François Çelik', 'LET0000000002');

-- Issue 15, seed 002 « sur la base du volontariat »: a campaign attributes only to declared volunteers unless its
-- setting says otherwise (V15, on by default). These campaigns' tests attribute to people never declared and test
-- other rules: they keep the setting off (ReglesTextesIT tests the volunteering on its own campaigns).
UPDATE referentiel.campagne SET volontariat_requis = false WHERE volontariat_requis;
