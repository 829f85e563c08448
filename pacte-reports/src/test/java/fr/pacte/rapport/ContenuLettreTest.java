package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContenuLettreTest {

    @Test
    void nombresFractionnairesALaFrancaise() {
        assertEquals("1", ContenuLettre.nombre(new BigDecimal("1.00")));
        assertEquals("0,5", ContenuLettre.nombre(new BigDecimal("0.50")));
        assertEquals("10", ContenuLettre.nombre(new BigDecimal("1E+1")));
        assertEquals("0", ContenuLettre.nombre(new BigDecimal("0.00")));
    }

    @Test
    void formuleDAppel() {
        assertEquals("Madame,", ContenuLettre.appel("Mme"));
        assertEquals("Monsieur,", ContenuLettre.appel("M."));
        assertEquals("Madame, Monsieur,", ContenuLettre.appel(null));
    }

    @Test
    void missionsDuPacteAvantLesImp() {
        List<LigneLettre> lignes = ContenuLettre.lignes(Lettres.helene(1));

        assertEquals(List.of(LigneLettre.PACTE, LigneLettre.PACTE, LigneLettre.IMP),
                lignes.stream().map(LigneLettre::nature).toList());
    }

    @Test
    void avenantNumeroteApresLaLettreInitiale() {
        assertEquals("", ContenuLettre.parametres(Lettres.helene(1)).get("AVENANT"));
        assertEquals(" – AVENANT N°\u00A02", ContenuLettre.parametres(Lettres.helene(3)).get("AVENANT"));
    }
}
