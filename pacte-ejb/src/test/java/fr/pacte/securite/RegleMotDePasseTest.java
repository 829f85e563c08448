package fr.pacte.securite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegleMotDePasseTest {

    @Test
    void unMotDePasseDeDouzeCaracteresDeTroisSortesEstAccepte() {
        assertTrue(RegleMotDePasse.refus("rectorat", "ancien", "Grenoble-2026").isEmpty());
    }

    @Test
    void chaqueRegleEnfreinteEstDite() {
        assertEquals(List.of("au moins 12 caractères"), RegleMotDePasse.refus("rectorat", null, "Court-1"));
        assertEquals(List.of("trois sortes de caractères parmi minuscules, majuscules, chiffres et autres"),
                RegleMotDePasse.refus("rectorat", null, "toutenminuscules"));
        assertEquals(List.of("ne pas contenir l'identifiant"), RegleMotDePasse.refus("rectorat", null, "Rectorat-2026!"));
        assertEquals(List.of("différent du mot de passe actuel"),
                RegleMotDePasse.refus("dasen.038", "Grenoble-2026", "Grenoble-2026"));
        assertEquals(List.of("au plus 128 caractères"), RegleMotDePasse.refus("x1", null, "Aa1-".repeat(33)));
    }
}
