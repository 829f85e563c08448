-- Répartition and suivi tests (RepartitionNavigateurIT, SuiviIT, ImportEcranIT): their own campaigns, établissements
-- (UAI 0387xxx), personnels (SUI…) and chefs. Every account's password is "test".
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2050-2051', '2050-09-01', '2051-08-31', 'PREPARATION'),
 ('2051-2052', '2051-09-01', '2052-08-31', 'PREPARATION'),
 ('2052-2053', '2052-09-01', '2053-08-31', 'PREPARATION'),
 ('2053-2054', '2053-09-01', '2054-08-31', 'PREPARATION');
INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0387001D', 'CLG', 'Collège Olympe-de-Gouges', '', '038', 'Voiron', 'PU', 'REP', 'college olympe-de-gouges  voiron 0387001d'),
 ('0387002E', 'LP', 'Lycée professionnel Marie-Curie', '', '038', 'Échirolles', 'PU', '', 'lycee professionnel marie-curie  echirolles 0387002e'),
 ('0387003F', 'LPO', 'Lycée polyvalent Champollion', '', '038', 'Grenoble', 'PU', '', 'lycee polyvalent champollion  grenoble 0387003f');
INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche) VALUES
 ('SUI0000000001', 'Mme', 'Bernard', 'Élodie', 'F', '1983-04-02', 'CERTIFIE', 'Anglais', '0387001D', 'bernard elodie sui0000000001'),
 ('SUI0000000002', 'M.', 'Caron', 'Théo', 'M', '1979-10-19', 'CERTIFIE', 'Physique-chimie', '0387001D', 'caron theo sui0000000002'),
 ('SUI0000000003', 'Mme', 'Durand', 'Léa', 'F', '1988-01-07', 'PLP', 'Électrotechnique', '0387002E', 'durand lea sui0000000003'),
 ('SUI0000000004', 'M.', 'Fabre', 'Mathis', 'M', '1975-06-23', 'PLP', 'Lettres-histoire', '0387002E', 'fabre mathis sui0000000004'),
 ('SUI0000000005', 'Mme', 'Garnier', 'Inès', 'F', '1991-12-11', 'PLP', 'Maintenance', '0387002E', 'garnier ines sui0000000005'),
 ('SUI0000000006', 'M.', 'Henry', 'Lucas', 'M', '1986-08-30', 'AGREGE', 'Mathématiques', '0387003F', 'henry lucas sui0000000006'),
 ('SUI0000000007', 'Mme', 'Joly', 'Chloé', 'F', '1993-02-14', 'PLP', 'Commerce', '0387003F', 'joly chloe sui0000000007');
INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche) VALUES
 ('chef.0387001d', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0387001D', 'Principal du collège Olympe-de-Gouges'),
 ('chef.0387002e', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0387002E', 'Proviseure du LP Marie-Curie'),
 ('chef.0387003f', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0387003F', 'Proviseur du lycée Champollion');

-- Issue 15, seed 002 « sur la base du volontariat »: a campaign attributes only to declared volunteers unless its
-- setting says otherwise (V15, on by default). These campaigns' tests attribute to people never declared and test
-- other rules: they keep the setting off (ReglesTextesIT tests the volunteering on its own campaigns).
UPDATE referentiel.campagne SET volontariat_requis = false WHERE volontariat_requis;
