-- Data of SuiviLettresIT and PilotageAccueilIT (issue 15, points 6 and 7): département 087, campaigns 2173-2174 to
-- 2176-2177, établissements 0870001D (CLG), 0870002E (CLG), personnels SLT…, their chefs, a DASEN and two agents'
-- accounts. Loaded by the tests themselves (idempotent). Every account's password is "test".
INSERT INTO referentiel.departement (code, libelle) VALUES ('087', 'Haute-Vienne') ON CONFLICT DO NOTHING;
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2173-2174', '2173-09-01', '2174-08-31', 'PREPARATION'),
 ('2174-2175', '2174-09-01', '2175-08-31', 'PREPARATION'),
 ('2175-2176', '2175-09-01', '2176-08-31', 'PREPARATION'),
 ('2176-2177', '2176-09-01', '2177-08-31', 'PREPARATION') ON CONFLICT DO NOTHING;
INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0870001D', 'CLG', 'Collège Turgot', '', '087', 'Limoges', 'PU', '', 'college turgot limoges 0870001d'),
 ('0870002E', 'CLG', 'Collège Léonard-Limosin', '', '087', 'Limoges', 'PU', '', 'college leonard-limosin limoges 0870002e')
 ON CONFLICT DO NOTHING;
INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche) VALUES
 ('SLT0000000001', 'Mme', 'Aubert', 'Claire', 'F', '1982-05-04', 'CERTIFIE', 'Français', '0870001D', 'aubert claire slt0000000001'),
 ('SLT0000000002', 'M.', 'Bonnet', 'Hugo', 'M', '1978-11-21', 'CERTIFIE', 'Histoire-géographie', '0870001D', 'bonnet hugo slt0000000002'),
 ('SLT0000000003', 'Mme', 'Colin', 'Nina', 'F', '1990-03-17', 'AGREGE', 'Mathématiques', '0870002E', 'colin nina slt0000000003')
 ON CONFLICT DO NOTHING;
INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche, identifiant) VALUES
 ('chef.0870001d', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0870001D', 'Principal du collège Turgot', NULL),
 ('chef.0870002e', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0870002E', 'Principale du collège Léonard-Limosin', NULL),
 ('dasen.087', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'DASEN', '087', NULL, 'DASEN de la Haute-Vienne', NULL),
 ('personnel.slt01', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'PERSONNEL', NULL, NULL, 'Claire Aubert', 'SLT0000000001'),
 ('personnel.slt02', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'PERSONNEL', NULL, NULL, 'Hugo Bonnet', 'SLT0000000002')
 ON CONFLICT DO NOTHING;
