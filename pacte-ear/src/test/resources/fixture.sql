-- Small, known académie for the integration and browser tests. Every account's password is "test".
INSERT INTO referentiel.academie (code, libelle) VALUES ('TEST', 'Académie de test');
-- 074 has no établissement: the import tests create theirs there, so the scope tests' counts stay fixed
INSERT INTO referentiel.departement (code, libelle) VALUES ('038', 'Isère'), ('073', 'Savoie'), ('074', 'Haute-Savoie');
INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0380001V', 'CLG', 'Collège Jean-Jaurès', '', '038', 'Échirolles', 'PU', 'REP+', 'college jean-jaures  echirolles 0380001v'),
 ('0380002W', 'LP', 'Lycée professionnel Françoise-Dolto', 'Pôle des métiers', '038', 'Saint-Étienne-de-Saint-Geoirs', 'PU', '', 'lycee professionnel francoise-dolto pole des metiers saint-etienne-de-saint-geoirs 0380002w'),
 ('0380003X', 'ECOLE', 'École élémentaire Les Glières', '', '038', 'Grenoble', 'PU', 'REP', 'ecole elementaire les glieres  grenoble 0380003x'),
 ('0730001E', 'LPO', 'Lycée polyvalent Monge', '', '073', 'Chambéry', 'PU', '', 'lycee polyvalent monge  chambery 0730001e'),
 ('0730002F', 'CLG', 'Collège Saint-François', '', '073', 'Aix-les-Bains', 'PR', '', 'college saint-francois  aix-les-bains 0730002f');
INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche) VALUES
 ('TST0000000001', 'Mme', 'N''Diaye', 'Aïssatou', 'F', '1985-03-14', 'CERTIFIE', 'Mathématiques', '0380001V', 'n''diaye aissatou tst0000000001'),
 ('TST0000000002', 'M.', 'Le Gall-Hébert', 'Jérôme', 'M', '1972-11-02', 'AGREGE', 'Lettres modernes', '0380001V', 'le gall-hebert jerome tst0000000002'),
 ('TST0000000003', 'Mme', 'Lefèvre', 'Zoé', 'F', '1990-06-30', 'PLP', 'Génie mécanique', '0380002W', 'lefevre zoe tst0000000003'),
 ('TST0000000004', 'M.', 'Müller', 'François', 'M', '1968-01-21', 'PE', '', '0380003X', 'muller francois tst0000000004'),
 ('TST0000000005', 'Mme', 'Çelik', 'Anaïs', 'F', '1995-09-09', 'PLP', 'Vente', '0730001E', 'celik anais tst0000000005'),
 ('TST0000000006', 'M.', 'Œhmichen', 'Noël', 'M', '1980-12-25', 'CERTIFIE', 'Histoire-géographie', '0730002F', 'oehmichen noel tst0000000006');
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2024-2025', '2024-09-01', '2025-08-31', 'CLOSE'),
 ('2025-2026', '2025-09-01', '2026-08-31', 'OUVERTE');

-- 20 collèges in 074 for the dotation tests (concurrency on one allocation)
INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0740501T', 'CLG', 'Collège de test n°1', '', '074', 'Annecy', 'PU', '', 'college de test n°1 annecy 0740501t'),
 ('0740502U', 'CLG', 'Collège de test n°2', '', '074', 'Annecy', 'PU', '', 'college de test n°2 annecy 0740502u'),
 ('0740503V', 'CLG', 'Collège de test n°3', '', '074', 'Annecy', 'PU', '', 'college de test n°3 annecy 0740503v'),
 ('0740504W', 'CLG', 'Collège de test n°4', '', '074', 'Annecy', 'PU', '', 'college de test n°4 annecy 0740504w'),
 ('0740505X', 'CLG', 'Collège de test n°5', '', '074', 'Annecy', 'PU', '', 'college de test n°5 annecy 0740505x'),
 ('0740506Y', 'CLG', 'Collège de test n°6', '', '074', 'Annecy', 'PU', '', 'college de test n°6 annecy 0740506y'),
 ('0740507Z', 'CLG', 'Collège de test n°7', '', '074', 'Annecy', 'PU', '', 'college de test n°7 annecy 0740507z'),
 ('0740508A', 'CLG', 'Collège de test n°8', '', '074', 'Annecy', 'PU', '', 'college de test n°8 annecy 0740508a'),
 ('0740509B', 'CLG', 'Collège de test n°9', '', '074', 'Annecy', 'PU', '', 'college de test n°9 annecy 0740509b'),
 ('0740510C', 'CLG', 'Collège de test n°10', '', '074', 'Annecy', 'PU', '', 'college de test n°10 annecy 0740510c'),
 ('0740511D', 'CLG', 'Collège de test n°11', '', '074', 'Annecy', 'PU', '', 'college de test n°11 annecy 0740511d'),
 ('0740512E', 'CLG', 'Collège de test n°12', '', '074', 'Annecy', 'PU', '', 'college de test n°12 annecy 0740512e'),
 ('0740513F', 'CLG', 'Collège de test n°13', '', '074', 'Annecy', 'PU', '', 'college de test n°13 annecy 0740513f'),
 ('0740514G', 'CLG', 'Collège de test n°14', '', '074', 'Annecy', 'PU', '', 'college de test n°14 annecy 0740514g'),
 ('0740515H', 'CLG', 'Collège de test n°15', '', '074', 'Annecy', 'PU', '', 'college de test n°15 annecy 0740515h'),
 ('0740516J', 'CLG', 'Collège de test n°16', '', '074', 'Annecy', 'PU', '', 'college de test n°16 annecy 0740516j'),
 ('0740517K', 'CLG', 'Collège de test n°17', '', '074', 'Annecy', 'PU', '', 'college de test n°17 annecy 0740517k'),
 ('0740518L', 'CLG', 'Collège de test n°18', '', '074', 'Annecy', 'PU', '', 'college de test n°18 annecy 0740518l'),
 ('0740519M', 'CLG', 'Collège de test n°19', '', '074', 'Annecy', 'PU', '', 'college de test n°19 annecy 0740519m'),
 ('0740520N', 'CLG', 'Collège de test n°20', '', '074', 'Annecy', 'PU', '', 'college de test n°20 annecy 0740520n');
-- campaigns reserved to the dotation integration tests, one per scenario, so no test depends on another
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2030-2031', '2030-09-01', '2031-08-31', 'PREPARATION'),
 ('2031-2032', '2031-09-01', '2032-08-31', 'PREPARATION'),
 ('2032-2033', '2032-09-01', '2033-08-31', 'PREPARATION'),
 ('2033-2034', '2033-09-01', '2034-08-31', 'PREPARATION'),
 ('2034-2035', '2034-09-01', '2035-08-31', 'PREPARATION'),
 ('2035-2036', '2035-09-01', '2036-08-31', 'PREPARATION'),
 ('2036-2037', '2036-09-01', '2037-08-31', 'PREPARATION'),
 ('2037-2038', '2037-09-01', '2038-08-31', 'PREPARATION'),
 ('2038-2039', '2038-09-01', '2039-08-31', 'PREPARATION');
INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche) VALUES
 ('rectorat', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'RECTORAT', NULL, NULL, 'Gestionnaire académique'),
 ('dasen.038', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'DASEN', '038', NULL, 'DASEN de l''Isère'),
 ('dasen.073', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'DASEN', '073', NULL, 'DASEN de la Savoie'),
 ('chef.0380001v', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0380001V', 'Principale du collège Jean-Jaurès'),
 ('chef.0730001e', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0730001E', 'Proviseur du lycée Monge'),
 ('analyste', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'ANALYSTE', NULL, NULL, 'Analyste DEPP');

-- Issue 15, seed 002 « sur la base du volontariat »: a campaign attributes only to declared volunteers unless its
-- setting says otherwise (V15, on by default). These campaigns' tests attribute to people never declared and test
-- other rules: they keep the setting off (ReglesTextesIT tests the volunteering on its own campaigns).
UPDATE referentiel.campagne SET volontariat_requis = false WHERE volontariat_requis;
