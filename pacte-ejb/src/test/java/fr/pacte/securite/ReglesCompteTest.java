package fr.pacte.securite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of an account that need no database: the single creation and the import of a file share them. */
class ReglesCompteTest {

    @Test
    void leLoginEstMisEnMinusculesOuRefuseEnNommantLeChamp() {
        assertEquals("chef.0940001a", ReglesCompte.login("  Chef.0940001A "));
        CompteRefuseException e = assertThrows(CompteRefuseException.class, () -> ReglesCompte.login("a b"));
        assertEquals("login", e.champ());
        assertEquals("identifiant « a b » invalide : 3 à 60 minuscules, chiffres, points, tirets", e.getMessage());
        assertThrows(CompteRefuseException.class, () -> ReglesCompte.login(null));
        assertThrows(CompteRefuseException.class, () -> ReglesCompte.login("x".repeat(61)));
    }

    @Test
    void chaqueRoleDemandeSonPerimetreEtLuiSeul() {
        assertDoesNotThrow(() -> ReglesCompte.formePerimetre(compte(Role.DASEN, "094", null, null, null)));
        assertDoesNotThrow(() -> ReglesCompte.formePerimetre(compte(Role.ANALYSTE, null, null, null, null)));
        assertEquals("role", refus(compte(null, "094", null, null, null)).champ());
        CompteRefuseException sansUai = refus(compte(Role.CHEF_ETABLISSEMENT, null, null, null, null));
        assertEquals("uai", sansUai.champ());
        assertEquals("le rôle CHEF_ETABLISSEMENT demande un uai, et lui seul", sansUai.getMessage());
        assertEquals("uai", refus(compte(Role.CHEF_ETABLISSEMENT, "094", null, "0940001A", null)).champ());
        assertEquals("circonscription", refus(compte(Role.IEN, "094", null, null, null)).champ());
        CompteRefuseException rectorat = refus(compte(Role.RECTORAT, null, null, null, "SUI0001"));
        assertEquals("role", rectorat.champ());
        assertEquals("le rôle RECTORAT n'a pas de périmètre : ni département, ni circonscription, ni UAI, ni identifiant",
                rectorat.getMessage());
    }

    @Test
    void leNomEtLeCourrielTiennentDansLeursColonnes() {
        assertDoesNotThrow(() -> ReglesCompte.textes(new NouveauCompte("imp.a", Role.ANALYSTE, null, null, null, null,
                "n".repeat(120), "c".repeat(200))));
        assertEquals("nomAffiche", assertThrows(CompteRefuseException.class, () -> ReglesCompte.textes(new NouveauCompte(
                "imp.a", Role.ANALYSTE, null, null, null, null, "n".repeat(121), null))).champ());
        assertEquals("courriel", assertThrows(CompteRefuseException.class, () -> ReglesCompte.textes(new NouveauCompte(
                "imp.a", Role.ANALYSTE, null, null, null, null, null, "c".repeat(201)))).champ());
    }

    private static NouveauCompte compte(Role role, String departement, String circonscription, String uai,
                                        String identifiant) {
        return new NouveauCompte("imp.test", role, departement, circonscription, uai, identifiant, null, null);
    }

    private static CompteRefuseException refus(NouveauCompte c) {
        return assertThrows(CompteRefuseException.class, () -> ReglesCompte.formePerimetre(c));
    }
}
