-- Issue 15, point 1: a closed campaign is read-only except its payments still due. The application (role pacte)
-- can no longer change its allocation, envelopes, reserves, requests, attributions, letters, volunteers, conseils,
-- hours, redéploiements or bilans; paiement.* stays writable so the instalments left are paid. The schema's owner
-- (migrations, the demo and test fixtures that load a past year already closed, a DBA's repair) is not refused:
-- the rule protects the year from the application and its bugs, not from the people who administer the database.

CREATE FUNCTION referentiel.campagne_close_par_proprietaire() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'referentiel'), 'USAGE')
$$;

CREATE FUNCTION referentiel.refuser_campagne_close(annee varchar, operation text, objet text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF annee IS NOT NULL
       AND EXISTS (SELECT 1 FROM referentiel.campagne WHERE annee_scolaire = annee AND statut = 'CLOSE')
       AND NOT referentiel.campagne_close_par_proprietaire() THEN
        RAISE EXCEPTION 'la campagne % est close : % ne peut plus être modifié(e) (% refusé)', annee, objet, operation
            USING ERRCODE = 'PA001',
                  HINT = 'Seuls les paiements restant dus d''une campagne close sont encore produits.';
    END IF;
END $$;

-- Tables carrying the school year.
CREATE FUNCTION referentiel.campagne_close_lecture_seule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM referentiel.refuser_campagne_close(OLD.annee_scolaire, TG_OP, TG_ARGV[0]);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM referentiel.refuser_campagne_close(NEW.annee_scolaire, TG_OP, TG_ARGV[0]);
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

-- Tables of the suivi, which reach the year through their attribution.
CREATE FUNCTION referentiel.campagne_close_lecture_seule_suivi() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    id_attribution bigint := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ->> TG_ARGV[1]
                                  ELSE to_jsonb(NEW) ->> TG_ARGV[1] END;
BEGIN
    PERFORM referentiel.refuser_campagne_close(
        (SELECT annee_scolaire FROM mission.attribution WHERE id = id_attribution), TG_OP, TG_ARGV[0]);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER allocation_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON dotation.allocation
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('l''allocation de l''académie');
CREATE TRIGGER enveloppe_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON dotation.enveloppe
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('une enveloppe');
CREATE TRIGGER reserve_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON dotation.reserve
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('une réserve départementale');
CREATE TRIGGER publication_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON dotation.publication
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('la publication des enveloppes');
CREATE TRIGGER demande_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON demande.demande
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('une demande');
CREATE TRIGGER attribution_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON mission.attribution
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('une attribution');
CREATE TRIGGER lettre_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON mission.lettre
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('une lettre de mission');
CREATE TRIGGER volontaire_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON mission.volontaire
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('un volontariat');
CREATE TRIGGER conseils_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON mission.conseils
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule('les dates des conseils');
CREATE TRIGGER suivi_heures_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON mission.suivi_heures
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule_suivi('le suivi des heures', 'attribution_id');
CREATE TRIGGER redeploiement_campagne_close BEFORE INSERT ON mission.redeploiement
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule_suivi('un redéploiement', 'attribution_source');
CREATE TRIGGER bilan_campagne_close BEFORE INSERT OR UPDATE OR DELETE ON mission.bilan
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_close_lecture_seule_suivi('un bilan', 'attribution_id');

-- The campaign itself: PREPARATION → OUVERTE → CLOSE, never back; a closed campaign's settings no longer change.
CREATE FUNCTION referentiel.campagne_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF referentiel.campagne_close_par_proprietaire() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'la campagne % ne peut pas être supprimée (DELETE refusé)', OLD.annee_scolaire USING ERRCODE = 'PA001';
    END IF;
    IF OLD.statut = 'CLOSE' THEN
        RAISE EXCEPTION 'la campagne % est close : ses paramètres ne peuvent plus être modifiés (UPDATE refusé)',
            OLD.annee_scolaire USING ERRCODE = 'PA001';
    END IF;
    IF (OLD.statut, NEW.statut) IN (('OUVERTE', 'PREPARATION'), ('PREPARATION', 'CLOSE')) THEN
        RAISE EXCEPTION 'la campagne % ne peut pas passer de % à % (UPDATE refusé)', OLD.annee_scolaire, OLD.statut, NEW.statut
            USING ERRCODE = 'PA001';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER campagne_cycle BEFORE UPDATE OR DELETE ON referentiel.campagne
    FOR EACH ROW EXECUTE FUNCTION referentiel.campagne_cycle();

-- Every change of a campaign's settings or status is kept: who, when, the row before and after.
CREATE TABLE referentiel.campagne_historique (
    id             bigserial    PRIMARY KEY,
    annee_scolaire varchar(9)   NOT NULL REFERENCES referentiel.campagne (annee_scolaire),
    modifie_le     timestamptz  NOT NULL DEFAULT now(),
    modifie_par    varchar(60)  NOT NULL,
    avant          jsonb,
    apres          jsonb        NOT NULL
);
CREATE INDEX campagne_historique_annee ON referentiel.campagne_historique (annee_scolaire, id);
CREATE TRIGGER campagne_historique_immuable BEFORE UPDATE OR DELETE OR TRUNCATE ON referentiel.campagne_historique
    FOR EACH STATEMENT EXECUTE FUNCTION public.refuser_modification('une version des paramètres d''une campagne');

-- The author is the application's user when it says so (SET LOCAL pacte.utilisateur), else the database role.
CREATE FUNCTION referentiel.historiser_campagne() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) - 'version' = to_jsonb(NEW) - 'version' THEN
        RETURN NULL;
    END IF;
    INSERT INTO referentiel.campagne_historique (annee_scolaire, modifie_par, avant, apres)
    VALUES (NEW.annee_scolaire, coalesce(nullif(current_setting('pacte.utilisateur', true), ''), current_user),
            CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END, to_jsonb(NEW));
    RETURN NULL;
END $$;

CREATE TRIGGER campagne_historique AFTER INSERT OR UPDATE ON referentiel.campagne
    FOR EACH ROW EXECUTE FUNCTION referentiel.historiser_campagne();

-- The campaigns that exist already start their history with their current settings.
INSERT INTO referentiel.campagne_historique (annee_scolaire, modifie_par, avant, apres)
SELECT annee_scolaire, 'migration V23', NULL, to_jsonb(c) FROM referentiel.campagne c ORDER BY annee_scolaire;
