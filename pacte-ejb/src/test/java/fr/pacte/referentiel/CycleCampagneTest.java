package fr.pacte.referentiel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life of a campaign and the rules of its settings, without a container. */
class CycleCampagneTest {

    @Test
    void une_annee_scolaire_est_deux_annees_qui_se_suivent() {
        assertTrue(CycleCampagne.anneeValide("2025-2026"));
        assertFalse(CycleCampagne.anneeValide("2025-2027"));
        assertFalse(CycleCampagne.anneeValide("2025/2026"));
        assertFalse(CycleCampagne.anneeValide(null));
        assertEquals("2026-2027", CycleCampagne.suivante("2025-2026"));
        assertEquals("2024-2025", CycleCampagne.precedente("2025-2026"));
    }

    @Test
    void preparee_puis_ouverte_puis_close_jamais_rouverte() {
        assertNull(CycleCampagne.refusOuverture("2025-2026", Campagne.Statut.PREPARATION));
        assertEquals("la campagne 2025-2026 est close : une campagne close ne se rouvre pas",
                CycleCampagne.refusOuverture("2025-2026", Campagne.Statut.CLOSE));
        assertNull(CycleCampagne.refusCloture("2025-2026", Campagne.Statut.OUVERTE));
        assertEquals("la campagne 2025-2026 n'a pas été ouverte : rien à clore (ouvrez-la d'abord)",
                CycleCampagne.refusCloture("2025-2026", Campagne.Statut.PREPARATION));
    }

    @Test
    void les_valeurs_des_textes_par_defaut_et_l_annee_suivante_decale_les_dates() {
        ParametresCampagne p = ParametresCampagne.parDefaut("2025-2026");
        assertEquals(new BigDecimal("1250.00"), p.montantPart(), "1 250 € la part (seeds 002, 004)");
        assertEquals(6, p.plafondPartsVoiePro(), "jusqu'à six parts en voie professionnelle (seeds 001, 002)");
        assertEquals(LocalDate.of(2025, 10, 10), p.dateLimiteLettres(), "« au plus tard début octobre » (seed 002)");
        assertEquals(LocalDate.of(2025, 2, 1), p.debutRepartition(), "« entre les mois de février et de juin » (seed 003)");
        assertTrue(CycleCampagne.verifier("2025-2026", p).isEmpty());
        ParametresCampagne suivante = p.anneeSuivante();
        assertEquals(LocalDate.of(2026, 9, 1), suivante.dateDebut());
        assertEquals(LocalDate.of(2026, 10, 10), suivante.dateLimiteLettres());
        assertTrue(CycleCampagne.verifier("2026-2027", suivante).isEmpty());
    }

    @Test
    void chaque_refus_nomme_son_champ() {
        ParametresCampagne p = ParametresCampagne.parDefaut("2025-2026");
        ParametresCampagne mauvais = new ParametresCampagne(p.dateDebut(), p.dateFin(), new BigDecimal("12.345"), 0,
                p.plafondPartsAutres(), false, "LP", "PLUS_TARD", true, false, p.dateNotificationEnveloppes(),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 2, 1), null, p.dateAlerteConsommation(),
                new BigDecimal("120"), false, 0L);
        List<String> champs = CycleCampagne.verifier("2025-2026", mauvais).stream().map(CycleCampagne.Refus::champ).toList();
        assertEquals(List.of("montantPart", "plafondPartsVoiePro", "voiePartsLpo", "paiementEntreeTardive",
                "dateLimiteLettres", "finRepartition", "seuilAlerteConsommation"), champs);
        assertEquals("dateDebut", CycleCampagne.verifier("2024-2025", p).get(0).champ(), "les dates de 2025-2026 pour 2024-2025");
    }
}
