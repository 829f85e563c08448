package fr.pacte.suivi;

import fr.pacte.attribution.ErreurAttribution;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 000 addresses the agent: « leur redéploiement sur d'autres missions quantifiées en heures pour le volume
 * horaire restant à accomplir ». To a colleague only as a transfer of the hours and their parts (V18 setting).
 */
class RedeploiementTransfertTest {

    /** A: 2 parts of 24 h, 48 h planned, 20 done. */
    private static final EtatSuivi A = etat(1, "A", "P2-DEVOIRS-FAITS", 24, "48", "20");
    private static final EtatSuivi A_RCD = etat(2, "A", "P2-RCD", 18, "18", "0");
    private static final EtatSuivi B = etat(3, "B", "P2-DEVOIRS-FAITS", 24, "24", "0");
    private static final BigDecimal H24 = new BigDecimal("24");

    @Test
    void leur_redeploiement_sur_d_autres_missions_du_meme_agent_est_toujours_permis() {
        assertEquals(List.of(), ReglesSuivi.redeploiement(A, A_RCD, new BigDecimal("7"), null, contexte(false, "1", "2", "0", 3)));
    }

    @Test
    void vers_un_collegue_refuse_quand_la_campagne_ne_l_autorise_pas() {
        List<ErreurAttribution> e = ReglesSuivi.redeploiement(A, B, H24, null, contexte(false, "1", "2", "1", 3));
        assertEquals(1, e.size());
        assertTrue(e.get(0).regle().contains("même agent (A)"), e.get(0).regle());
    }

    @Test
    void vers_un_collegue_seulement_par_parts_entieres_de_la_mission_source() {
        assertEquals(List.of(), ReglesSuivi.redeploiement(A, B, H24, null, contexte(true, "1", "2", "1", 3)));
        assertEquals(BigDecimal.ONE, ReglesSuivi.partsTransferees(A, H24));
        assertEquals("10 h ne font pas des parts entières de 24 h sur P2-DEVOIRS-FAITS",
                ReglesSuivi.redeploiement(A, B, BigDecimal.TEN, null, contexte(true, "1", "2", "1", 3)).get(0).regle()
                        .replace("un transfert vers un collègue emporte les parts des heures : ", ""));
        // 12 h = half a part, when the campaign allows half parts
        assertEquals(List.of(), ReglesSuivi.redeploiement(A, B, new BigDecimal("12"), null, contexte(true, "0.5", "2", "1", 3)));
    }

    @Test
    void jamais_d_heures_faites_non_payees() {
        // 1 part left for 30 h planned (6 received earlier from his own missions), 30 done: nothing may leave
        EtatSuivi recues = etat(4, "A", "P2-DEVOIRS-FAITS", 24, "54", "30");
        List<ErreurAttribution> e = ReglesSuivi.redeploiement(recues, B, H24, null, contexte(true, "1", "1", "1", 3));
        assertEquals("les heures faites restent payées à A : il garderait 0 part(s) pour 30 h faites", e.get(0).regle());
    }

    @Test
    void le_collegue_reste_sous_son_plafond() {
        List<ErreurAttribution> e = ReglesSuivi.redeploiement(A, B, H24, null, contexte(true, "1", "2", "3", 3));
        assertEquals("plafond personnel dépassé : B aurait 4 parts hors voie professionnelle pour 3 au plus", e.get(0).regle());
    }

    private static ContexteTransfert contexte(boolean autorise, String pas, String partsSource, String partsCible, int plafond) {
        return new ContexteTransfert(autorise, new BigDecimal(pas), new BigDecimal(partsSource), "SECOND_DEGRE",
                BigDecimal.ZERO, new BigDecimal(partsCible), 6, plafond);
    }

    private static EtatSuivi etat(long id, String identifiant, String mission, int quantum, String prevues, String faites) {
        return new EtatSuivi(id, "2125-2126", "0830001A", identifiant, mission, quantum, new BigDecimal(prevues),
                new BigDecimal(faites), false);
    }
}
