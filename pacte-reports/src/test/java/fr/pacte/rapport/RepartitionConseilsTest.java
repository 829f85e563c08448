package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Seed 003 : « présentées, pour avis, au conseil d'administration, après avis du conseil pédagogique ». */
class RepartitionConseilsTest {

    private final RapportsPacte rapports = new RapportsPacte(RenduRapport.partage(), Clock.systemUTC());

    @Test
    void presentee_pour_avis_au_conseil_d_administration_apres_avis_du_conseil_pedagogique() throws Exception {
        RepartitionConseils r = new RepartitionConseils("0851234X", "CLG Collège Clemenceau", "2149-2150",
                LocalDate.of(2150, 3, 10), LocalDate.of(2150, 3, 24),
                List.of(new RepartitionConseils.Ligne("DURAND Anne", "Devoirs faits", "PACTE", "1 part(s)",
                                new BigDecimal("24"), true),
                        new RepartitionConseils.Ligne("MARTIN Paul", "Référent numérique", "IMP", "0,5 IMP (taux moitié)",
                                null, false)),
                List.of("DURAND Anne", "LEROY Zoé"), new BigDecimal("10"), new BigDecimal("1"), new BigDecimal("4"),
                new BigDecimal("0.5"));
        String texte = Pdfs.texteLu(rapports.repartitionConseilsPdf(r));
        assertTrue(texte.contains("0851234X – CLG Collège Clemenceau – année scolaire 2149-2150"), texte);
        assertTrue(texte.contains("Avis du conseil pédagogique : 10/03/2150 ; avis du conseil d'administration : 24/03/2150"), texte);
        assertTrue(texte.contains("10 part(s) fonctionnelle(s), 1 attribuée(s), reste 9"), texte);
        assertTrue(texte.contains("4 IMP, 0,5 attribuée(s), reste 3,5"), texte);
        assertTrue(texte.contains("Volontaires (2) : DURAND Anne, LEROY Zoé."), texte);
        assertTrue(texte.contains("Devoirs faits"), texte);
        assertTrue(texte.contains("0,5 IMP (taux moitié)"), texte);
        assertTrue(texte.contains("Missions attribuées : 2"), texte);
    }
}
