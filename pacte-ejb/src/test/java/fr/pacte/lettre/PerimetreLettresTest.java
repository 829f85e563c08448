package fr.pacte.lettre;

import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.Utilisateur;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerimetreLettresTest {

    private static final Utilisateur RECTORAT = new Utilisateur("rectorat", Role.RECTORAT, null, null, "R");
    private static final Utilisateur DASEN_038 = new Utilisateur("dasen.038", Role.DASEN, "038", null, "D");
    private static final Utilisateur CHEF = new Utilisateur("chef", Role.CHEF_ETABLISSEMENT, null, "0380001V", "C");
    private static final Utilisateur AGENT = new Utilisateur("agent", Role.PERSONNEL, null, null, "A", "P1");
    private static final Utilisateur ANALYSTE = new Utilisateur("analyste", Role.ANALYSTE, null, null, "S");

    @Test
    void eachRoleReadsTheLettersOfItsScopeOnly() {
        assertDoesNotThrow(() -> PerimetreLettres.lire(RECTORAT, "0730001E", "073", "P9"));
        assertDoesNotThrow(() -> PerimetreLettres.lire(DASEN_038, "0380001V", "038", "P9"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lire(DASEN_038, "0730001E", "073", "P9"));
        assertDoesNotThrow(() -> PerimetreLettres.lire(CHEF, "0380001V", "038", "P9"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lire(CHEF, "0380002W", "038", "P9"));
        assertDoesNotThrow(() -> PerimetreLettres.lire(AGENT, "0380001V", "038", "P1"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lire(AGENT, "0380001V", "038", "P2"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lire(AGENT, "0380001V", "038", null));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lire(ANALYSTE, "0380001V", "038", "P1"));
    }

    @Test
    void onlyTheChefOfTheEtablissementSigns() {
        assertDoesNotThrow(() -> PerimetreLettres.signer(CHEF, "0380001V"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.signer(CHEF, "0380002W"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.signer(RECTORAT, "0380001V"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.signer(AGENT, "0380001V"));
    }

    @Test
    void theAgentAcceptsHisOwnLetterAndTheChefRecordsAnAcceptance() {
        assertFalse(PerimetreLettres.accepter(AGENT, "0380001V", "P1"));
        assertTrue(PerimetreLettres.accepter(CHEF, "0380001V", "P1"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.accepter(AGENT, "0380001V", "P2"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.accepter(CHEF, "0380002W", "P1"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.accepter(DASEN_038, "0380001V", "P1"));
    }

    @Test
    void aBulkZipStaysInTheCallersScope() {
        assertNull(PerimetreLettres.lot(RECTORAT, null, null));
        assertEquals("038", PerimetreLettres.lot(DASEN_038, null, null));
        assertEquals("038", PerimetreLettres.lot(DASEN_038, "0380001V", "038"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lot(DASEN_038, "0730001E", "073"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lot(CHEF, "0380002W", "038"));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lot(AGENT, null, null));
        assertThrows(AccesRefuseException.class, () -> PerimetreLettres.lot(ANALYSTE, null, null));
    }
}
