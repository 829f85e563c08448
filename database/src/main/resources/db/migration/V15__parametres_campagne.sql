-- Settings of a campaign that the texts leave open (issue 15). One migration for all of them so that the work on
-- rules, calendar, letters and follow-up reads the same columns. Dates left NULL on insert are filled from the
-- school year by the trigger below, so every writer (screen, API, demo, tests) gets the same defaults.

ALTER TABLE referentiel.campagne
    -- « Les missions sont attribuées aux enseignants volontaires » (seed 002): on by default.
    ADD COLUMN volontariat_requis boolean NOT NULL DEFAULT true,
    -- IMP of décret 2017-965 (premier degré, seed 003) in écoles: the texts allow them, the académie decides.
    ADD COLUMN imp_premier_degre boolean NOT NULL DEFAULT false,
    -- Spring: envelopes notified to établissements and écoles (seed 002).
    ADD COLUMN date_notification_enveloppes date,
    -- « entre les mois de février et de juin » (seed 003): répartition presented to the conseils.
    ADD COLUMN debut_repartition date,
    ADD COLUMN fin_repartition date,
    -- « à la rentrée scolaire ou au plus tard début octobre : signature d'une lettre de mission » (seed 002).
    ADD COLUMN date_limite_lettres date,
    -- Alert of the rectorat's home page: envelopes under this share attributed at that date (issue 15, point 7).
    ADD COLUMN date_alerte_consommation date,
    ADD COLUMN seuil_alerte_consommation numeric(5,2) NOT NULL DEFAULT 50
        CHECK (seuil_alerte_consommation BETWEEN 0 AND 100),
    -- Life of the campaign: when it was opened and closed, and by whom (the closing freezes the consumption).
    ADD COLUMN ouverte_le timestamptz,
    ADD COLUMN close_le timestamptz,
    ADD COLUMN close_par varchar(60);

-- « 2025-2026 » → février–juin 2025, notification 1er avril 2025, lettres au 10 octobre 2025, alerte au 1er décembre.
CREATE FUNCTION referentiel.campagne_dates_par_defaut() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    an integer := substr(NEW.annee_scolaire, 1, 4)::integer;
BEGIN
    NEW.date_notification_enveloppes := coalesce(NEW.date_notification_enveloppes, make_date(an, 4, 1));
    NEW.debut_repartition := coalesce(NEW.debut_repartition, make_date(an, 2, 1));
    NEW.fin_repartition := coalesce(NEW.fin_repartition, make_date(an, 6, 30));
    NEW.date_limite_lettres := coalesce(NEW.date_limite_lettres, make_date(an, 10, 10));
    NEW.date_alerte_consommation := coalesce(NEW.date_alerte_consommation, make_date(an, 12, 1));
    RETURN NEW;
END $$;

CREATE TRIGGER campagne_dates_par_defaut BEFORE INSERT OR UPDATE ON referentiel.campagne
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_dates_par_defaut();

UPDATE referentiel.campagne SET version = version;

ALTER TABLE referentiel.campagne
    ALTER COLUMN date_notification_enveloppes SET NOT NULL,
    ALTER COLUMN debut_repartition SET NOT NULL,
    ALTER COLUMN fin_repartition SET NOT NULL,
    ALTER COLUMN date_limite_lettres SET NOT NULL,
    ALTER COLUMN date_alerte_consommation SET NOT NULL,
    ADD CONSTRAINT campagne_fenetre_repartition CHECK (debut_repartition <= fin_repartition);
