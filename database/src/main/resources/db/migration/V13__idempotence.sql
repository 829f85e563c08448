-- Idempotent writes (issue 14, point 2).

-- 1. Natural key of an attribution: the same personnel, établissement, campaign, catalogue mission, dispositif,
--    modality and dates is the same attribution. A file imported twice, or a POST retried after a timeout, must find
--    it instead of creating it again (and the payment run paying it twice).
--    Partial (WHERE NOT annulee): a cancelled attribution is history, kept for the letters' avenants and the
--    regularisations; the chef must be able to give the same mission again after cancelling it.
--    A database that already holds duplicates stops here with their ids: cancel the extra ones through the
--    application (their instalments then get their regularisation), then migrate again.
DO $$
DECLARE
    doublons text;
BEGIN
    SELECT string_agg(ids, ' ; ') INTO doublons FROM (
        SELECT string_agg(id::text, ', ' ORDER BY id) AS ids
          FROM mission.attribution WHERE NOT annulee
         GROUP BY annee_scolaire, uai, identifiant, code_mission, dispositif, modalite, date_debut, date_fin
        HAVING count(*) > 1 LIMIT 20) d;
    IF doublons IS NOT NULL THEN
        RAISE EXCEPTION 'Attributions en double (même personnel, établissement, campagne, mission, dispositif, modalité et dates) : %. Annulez les doublons dans l''application avant de migrer.', doublons;
    END IF;
END $$;

CREATE UNIQUE INDEX attribution_cle_naturelle ON mission.attribution
    (annee_scolaire, uai, identifiant, code_mission, dispositif, modalite, date_debut, date_fin) WHERE NOT annulee;

-- 2. Idempotency-Key of the API (draft-ietf-httpapi-idempotency-key-header): one row per caller and key, inserted
--    (INSERT … ON CONFLICT DO NOTHING) before the request runs, so two identical requests never both execute; the
--    answer is recorded once the request succeeded (statut NULL meanwhile: a second call then gets 409). Kept 24 h,
--    then purged by the server (IdempotenceServiceBean).
CREATE TABLE securite.cle_idempotence (
    appelant     varchar(60)   NOT NULL,
    cle          varchar(255)  NOT NULL,
    methode      varchar(10)   NOT NULL,
    chemin       varchar(2000) NOT NULL,
    -- SHA-256 (hex) of the method, path, query and body: the same key with another request is refused (422)
    empreinte    char(64)      NOT NULL,
    statut       smallint,
    type_contenu varchar(200),
    emplacement  varchar(2000),
    corps        bytea,
    creee_le     timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (appelant, cle)
);
CREATE INDEX cle_idempotence_creee_le ON securite.cle_idempotence (creee_le);
