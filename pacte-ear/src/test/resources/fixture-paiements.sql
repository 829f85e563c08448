-- Test data of the paiement module (PaiementIT): campaigns 2046-2047 to 2049-2050, établissements 0388xxx,
-- personnels PAI…, their chefs. Password "test". Attributions are inserted as the mission module stores them,
-- with ids far above the sequence so that no other test meets them.
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2046-2047', '2046-09-01', '2047-08-31', 'PREPARATION'),
 ('2047-2048', '2047-09-01', '2048-08-31', 'PREPARATION'),
 ('2048-2049', '2048-09-01', '2049-08-31', 'PREPARATION'),
 ('2049-2050', '2049-09-01', '2050-08-31', 'PREPARATION');
INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0388001R', 'CLG', 'Collège Paul-Éluard', '', '038', 'Voiron', 'PU', '', 'college paul-eluard  voiron 0388001r'),
 ('0388002S', 'LP', 'Lycée professionnel Jules-Verne', '', '038', 'Vienne', 'PU', '', 'lycee professionnel jules-verne  vienne 0388002s');
INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche) VALUES
 ('PAI0000000001', 'Mme', 'Durand-Œuvray', 'Hélène', 'F', '1982-04-11', 'CERTIFIE', 'Anglais', '0388001R', 'durand-oeuvray helene pai0000000001'),
 ('PAI0000000002', 'M.', 'Garçon', 'Loïc', 'M', '1976-08-03', 'AGREGE', 'Mathématiques', '0388001R', 'garcon loic pai0000000002'),
 ('PAI0000000003', 'Mme', 'Benali', 'Inès', 'F', '1988-01-27', 'PLP', 'Électrotechnique', '0388002S', 'benali ines pai0000000003'),
 ('PAI0000000004', 'M.', 'Perrin', 'Mathéo', 'M', '1991-10-19', 'PLP', 'Lettres-histoire', '0388002S', 'perrin matheo pai0000000004');
INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche) VALUES
 ('chef.0388001r', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0388001R', 'Principal du collège Paul-Éluard'),
 ('chef.0388002s', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL, '0388002S', 'Proviseure du lycée Jules-Verne');

-- every attribution is taken within its envelope (V11): room for the missions below and the tests' avenants
INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
SELECT a, l, 100 FROM unnest(ARRAY['2046-2047','2047-2048','2048-2049','2049-2050']) a,
       unnest(ARRAY['SECOND_DEGRE','VOIE_PRO','IMP']) l;
INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, decharge_heures)
SELECT a, u.uai, u.voie, 10, 2, 2 FROM unnest(ARRAY['2046-2047','2047-2048','2048-2049','2049-2050']) a,
       (VALUES ('0388001R', 'SECOND_DEGRE'), ('0388002S', 'VOIE_PRO')) u (uai, voie);

INSERT INTO mission.attribution (id, annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts, taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par) VALUES
 -- 2046-2047: the October → change → November scenario
 (9460001, '2046-2047', '0388001R', 'PAI0000000001', 'P2-DEVOIRS-FAITS', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 24, '2046-09-01', '2047-06-30', 'ANNUELLE', now(), 'fixture'),
 (9460002, '2046-2047', '0388001R', 'PAI0000000002', 'IMP-REF-CULTURE', 'IMP', 'SECOND_DEGRE', NULL, '001', 0.25, NULL, '2046-09-01', '2047-06-30', 'ANNUELLE', now(), 'fixture'),
 (9460003, '2046-2047', '0388002S', 'PAI0000000003', 'LP-RCD', 'PACTE', 'VOIE_PRO', 2, NULL, 0, 36, '2046-09-01', '2047-06-30', 'ANNUELLE', now(), 'fixture'),
 (9460004, '2046-2047', '0388002S', 'PAI0000000004', 'IMP-COORD-DISCIPLINE', 'IMP', 'SECOND_DEGRE', NULL, '002', 0.5, NULL, '2046-10-01', '2046-10-15', 'PONCTUELLE', now(), 'fixture'),
 (9460005, '2046-2047', '0388001R', 'PAI0000000001', 'IMP-REF-NUMERIQUE', 'IMP', 'SECOND_DEGRE', NULL, '003', 1, NULL, '2046-09-01', '2047-06-30', 'DECHARGE', now(), 'fixture'),
 (9460006, '2046-2047', '0388001R', 'PAI0000000002', 'P2-DEVOIRS-FAITS', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 24, '2046-12-01', '2047-06-30', 'ANNUELLE', now(), 'fixture'),
 -- 2047-2048: two runs of the same month at once
 (9470001, '2047-2048', '0388001R', 'PAI0000000001', 'P2-DEVOIRS-FAITS', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 24, '2047-09-01', '2048-06-30', 'ANNUELLE', now(), 'fixture'),
 -- 2048-2049: scopes and service fait
 (9480001, '2048-2049', '0388001R', 'PAI0000000001', 'P2-DEVOIRS-FAITS', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 24, '2048-09-01', '2049-06-30', 'ANNUELLE', now(), 'fixture'),
 (9480002, '2048-2049', '0388002S', 'PAI0000000003', 'LP-RCD', 'PACTE', 'VOIE_PRO', 6, NULL, 0, 108, '2048-09-01', '2049-06-30', 'ANNUELLE', now(), 'fixture'),
 (9480003, '2048-2049', '0388002S', 'PAI0000000004', 'IMP-COORD-DISCIPLINE', 'IMP', 'SECOND_DEGRE', NULL, '002', 0.5, NULL, '2048-11-02', '2048-11-20', 'PONCTUELLE', now(), 'fixture');

-- Issue 15, seed 002 « sur la base du volontariat »: a campaign attributes only to declared volunteers unless its
-- setting says otherwise (V15, on by default). These campaigns' tests attribute to people never declared and test
-- other rules: they keep the setting off (ReglesTextesIT tests the volunteering on its own campaigns).
UPDATE referentiel.campagne SET volontariat_requis = false WHERE volontariat_requis;
