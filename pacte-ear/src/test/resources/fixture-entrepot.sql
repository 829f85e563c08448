-- Fixture of the entrepot module (warehouse and annual report): campaigns 2055-2056 to 2058-2059, all closed (the
-- open campaign stays fixture.sql's 2025-2026), établissements 0386xxx, personnels ENT*, one analyst account. Enough
-- people for cells above and below the secret's threshold: two psychologists, an EREA of three, one person in
-- Savoie. Password of the account: "test".
INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
 ('2055-2056', '2055-09-01', '2056-08-31', 'CLOSE'),
 ('2056-2057', '2056-09-01', '2057-08-31', 'CLOSE'),
 ('2057-2058', '2057-09-01', '2058-08-31', 'CLOSE'),
 ('2058-2059', '2058-09-01', '2059-08-31', 'CLOSE');

INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire, departement_code, commune, secteur, education_prioritaire, recherche) VALUES
 ('0386001S', 'CLG', 'Collège Entrepôt-1', '', '038', 'Grenoble', 'PU', 'REP+', 'college entrepot-1 grenoble 0386001s'),
 ('0386002T', 'LP', 'Lycée professionnel Entrepôt-2', '', '038', 'Voiron', 'PU', '', 'lycee professionnel entrepot-2 voiron 0386002t'),
 ('0386003U', 'ECOLE', 'École Entrepôt-3', '', '038', 'Vienne', 'PU', 'REP', 'ecole entrepot-3 vienne 0386003u'),
 ('0386004V', 'LYC', 'Lycée Entrepôt-4', '', '038', 'Grenoble', 'PU', '', 'lycee entrepot-4 grenoble 0386004v'),
 ('0386005W', 'LPO', 'Lycée polyvalent Entrepôt-5', '', '038', 'Bourgoin-Jallieu', 'PU', '', 'lycee polyvalent entrepot-5 bourgoin-jallieu 0386005w'),
 ('0386006X', 'CLG', 'Collège Entrepôt-6', '', '038', 'Meylan', 'PR', '', 'college entrepot-6 meylan 0386006x'),
 ('0386007Y', 'EREA', 'EREA Entrepôt-7', '', '038', 'Claix', 'PU', '', 'erea entrepot-7 claix 0386007y');

-- 240 personnels: 237 over the first six établissements, 3 in the EREA; two psychologists (101, 102)
INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
SELECT 'ENT' || lpad(i::text, 10, '0'), CASE WHEN i % 5 IN (0, 1) THEN 'M.' ELSE 'Mme' END, 'Entrepot' || i, 'Agent',
       CASE WHEN i % 5 IN (0, 1) THEN 'M' ELSE 'F' END, date '1994-01-01' + (i * 97) % 13500,
       CASE WHEN i IN (101, 102) THEN 'PSYEN'
            WHEN e.nature = 'ECOLE' THEN 'PE' WHEN e.nature IN ('LP', 'EREA') THEN 'PLP'
            WHEN e.nature = 'LPO' THEN CASE WHEN i % 2 = 0 THEN 'PLP' ELSE 'CERTIFIE' END
            WHEN i % 10 = 0 THEN 'AGREGE' WHEN i % 10 = 1 THEN 'PEPS' WHEN i % 10 = 2 THEN 'CPE' ELSE 'CERTIFIE' END,
       CASE WHEN e.nature = 'ECOLE' THEN '' ELSE 'Discipline ' || (i % 4) END, e.uai,
       'entrepot' || i || ' agent ent' || lpad(i::text, 10, '0')
  FROM generate_series(1, 240) i
  JOIN referentiel.etablissement e
    ON e.uai = CASE WHEN i > 237 THEN '0386007Y' ELSE (ARRAY['0386001S','0386002T','0386003U','0386004V','0386005W','0386006X'])[1 + i % 6] END;

INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
SELECT a, l, 10000 FROM unnest(ARRAY['2055-2056','2056-2057','2057-2058','2058-2059']) a,
       unnest(ARRAY['PREMIER_DEGRE','SECOND_DEGRE','VOIE_PRO','IMP']) l;
INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, decharge_heures)
SELECT a, e.uai, CASE e.nature WHEN 'ECOLE' THEN 'PREMIER_DEGRE' WHEN 'LP' THEN 'VOIE_PRO' ELSE 'SECOND_DEGRE' END,
       100 + 5 * (row_number() OVER (PARTITION BY a ORDER BY e.uai)), 10, 4
  FROM unnest(ARRAY['2055-2056','2056-2057','2057-2058','2058-2059']) a, referentiel.etablissement e
 WHERE e.uai LIKE '0386%' OR e.uai = '0730002F';

-- Attributions, the same rules every campaign with a different share of volunteers (N-1 fewer than N)
CREATE TEMPORARY TABLE entrepot_regle (annee varchar(9), pacte int, debut date, fin date);
INSERT INTO entrepot_regle VALUES ('2055-2056', 4, '2055-09-01', '2056-06-30'), ('2056-2057', 3, '2056-09-01', '2057-06-30'),
 ('2057-2058', 2, '2057-09-01', '2058-06-30'), ('2058-2059', 3, '2058-09-01', '2059-06-30');

INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts, taux_imp, unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
SELECT r.annee, p.uai_affectation, p.identifiant, m.code, 'PACTE', m.voie, 1 + i % 2, NULL, 0,
       CASE WHEN m.quantum_heures IS NULL THEN NULL ELSE (1 + i % 2) * m.quantum_heures END,
       CASE WHEN i % 6 = 0 THEN r.debut + 64 ELSE r.debut END, r.fin, 'ANNUELLE', false, now(), 'fixture'
  FROM entrepot_regle r, generate_series(1, 240) i
  JOIN referentiel.personnel p ON p.identifiant = 'ENT' || lpad(i::text, 10, '0')
  JOIN referentiel.etablissement e ON e.uai = p.uai_affectation
  JOIN referentiel.mission_catalogue m ON m.code = CASE
       WHEN e.nature = 'ECOLE' THEN 'P1-SOUTIEN-6E'
       WHEN e.nature IN ('LP', 'LPO') THEN CASE WHEN i % 2 = 0 THEN 'LP-RCD' ELSE 'LP-TUTORAT' END
       WHEN e.nature = 'EREA' THEN 'P2-INNOVATION'
       ELSE CASE WHEN i % 2 = 0 THEN 'P2-RCD' ELSE 'P2-DEVOIRS-FAITS' END END
 WHERE ((i / 6) % r.pacte = 0 AND i <= 237) OR i = 238;

INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts, taux_imp, unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
SELECT r.annee, p.uai_affectation, p.identifiant, m.code, 'IMP', m.voie, NULL, t.code_sts, t.coefficient, NULL,
       CASE WHEN k.modalite = 'PONCTUELLE' THEN r.debut + 131 ELSE r.debut END,
       CASE WHEN k.modalite = 'PONCTUELLE' THEN r.debut + 211 ELSE r.fin END, k.modalite, false, now(), 'fixture'
  FROM entrepot_regle r, generate_series(1, 237) i
  JOIN referentiel.personnel p ON p.identifiant = 'ENT' || lpad(i::text, 10, '0')
  JOIN referentiel.etablissement e ON e.uai = p.uai_affectation AND e.nature <> 'ECOLE'
  JOIN (VALUES (7, 'IMP-COORD-DISCIPLINE', '003', 'ANNUELLE'), (13, 'IMP-PONCTUELLE', '001', 'PONCTUELLE'),
               (11, 'IMP-REF-CULTURE', '002', 'DECHARGE'), (51, 'IMP-REF-NUMERIQUE', '002', 'ANNUELLE')) k (modulo, code, taux, modalite)
    ON i % k.modulo = 0
  JOIN referentiel.mission_catalogue m ON m.code = k.code
  JOIN referentiel.taux_imp t ON t.code_sts = k.taux;

-- a psychologist with an IMP, one person in Savoie, and a cancelled attribution (left out of every figure); the
-- psychologist already holds the same IMP from the rows above, so his second one starts a day later (natural key, V13)
INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts, taux_imp, unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
SELECT r.annee, x.uai, x.identifiant, x.code, x.dispositif, x.voie, x.parts, x.taux, x.unites, x.heures, r.debut + x.decalage, r.fin, 'ANNUELLE', x.annulee, now(), 'fixture'
  FROM entrepot_regle r, (VALUES
       ('0386001S', 'ENT0000000102', 'IMP-REF-NUMERIQUE', 'IMP', 'SECOND_DEGRE', NULL::numeric, '002', 0.5, NULL::numeric, false, 1),
       ('0730002F', 'TST0000000006', 'P2-RCD', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 18, false, 0),
       ('0386004V', 'ENT0000000003', 'P2-STAGES-REUSSITE', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 24, true, 0))
       x (uai, identifiant, code, dispositif, voie, parts, taux, unites, heures, annulee, decalage);
DROP TABLE entrepot_regle;

INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche) VALUES
 ('analyste.ent', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'ANALYSTE', NULL, NULL, 'Analyste de l''entrepôt');

-- Schedules of 2056-2057 (module paiement): ninths from October to June for annual missions, June absorbing the
-- remainder; October and November sent to payroll, with one regularisation in November; one-off IMP not yet paid.
INSERT INTO paiement.execution (annee_scolaire, mois, executee_le, executee_par, lignes, montant_total, fichier_csv, fichier_xlsx, synthese_pdf) VALUES
 ('2056-2057', '2056-10-01', '2056-10-20 10:00+02', 'rectorat', 0, 0, '\x', '\x', '\x'),
 ('2056-2057', '2056-11-01', '2056-11-20 10:00+01', 'rectorat', 0, 0, '\x', '\x', '\x');
INSERT INTO paiement.echeance (attribution_id, annee_scolaire, mois, montant, regularisation, execution_id, identifiant, uai, dispositif, code_mission, taux)
SELECT a.id, a.annee_scolaire, m.mois::date,
       CASE WHEN m.mois = '2057-06-01' THEN x.montant - 8 * trunc(x.montant / 9, 2) ELSE trunc(x.montant / 9, 2) END,
       false, (SELECT id FROM paiement.execution WHERE annee_scolaire = a.annee_scolaire AND mois = m.mois::date),
       a.identifiant, a.uai, a.dispositif, a.code_mission, coalesce(a.taux_imp, a.parts::text)
  FROM mission.attribution a
  JOIN LATERAL (SELECT CASE WHEN a.dispositif = 'PACTE' THEN a.parts * 1250.00
                            ELSE (SELECT montant_annuel FROM referentiel.taux_imp WHERE code_sts = a.taux_imp) END AS montant) x ON true
  CROSS JOIN generate_series(timestamp '2056-10-01', timestamp '2057-06-01', interval '1 month') m (mois)
 WHERE a.annee_scolaire = '2056-2057' AND a.modalite = 'ANNUELLE' AND NOT a.annulee;
INSERT INTO paiement.echeance (attribution_id, annee_scolaire, mois, montant, regularisation, execution_id, identifiant, uai, dispositif, code_mission, taux)
SELECT a.id, a.annee_scolaire, date_trunc('month', a.date_fin + 31)::date, t.montant_annuel, false, NULL,
       a.identifiant, a.uai, a.dispositif, a.code_mission, a.taux_imp
  FROM mission.attribution a JOIN referentiel.taux_imp t ON t.code_sts = a.taux_imp
 WHERE a.annee_scolaire = '2056-2057' AND a.modalite = 'PONCTUELLE' AND NOT a.annulee;
INSERT INTO paiement.echeance (attribution_id, annee_scolaire, mois, montant, regularisation, execution_id, identifiant, uai, dispositif, code_mission, taux)
SELECT a.id, a.annee_scolaire, '2056-11-01', -50.00, true,
       (SELECT id FROM paiement.execution WHERE annee_scolaire = '2056-2057' AND mois = '2056-11-01'),
       a.identifiant, a.uai, a.dispositif, a.code_mission, a.parts::text
  FROM mission.attribution a WHERE a.annee_scolaire = '2056-2057' AND a.identifiant = 'ENT0000000018' AND a.dispositif = 'PACTE';

-- Issue 15, seed 002 « sur la base du volontariat »: a campaign attributes only to declared volunteers unless its
-- setting says otherwise (V15, on by default). These campaigns' tests attribute to people never declared and test
-- other rules: they keep the setting off (ReglesTextesIT tests the volunteering on its own campaigns).
UPDATE referentiel.campagne SET volontariat_requis = false WHERE volontariat_requis;
