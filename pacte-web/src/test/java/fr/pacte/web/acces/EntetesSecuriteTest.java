package fr.pacte.web.acces;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one policy of an answer: a page's carries the nonce of PrimeFaces' header, nothing else loosens scripts. */
class EntetesSecuriteTest {

    private static final String NONCE = "ZjE3YTFmMGUtNjk0ZS00YTM0LWE1YTUtOGI2ZjE0YzY5ZjRm";

    @Test
    void unePageGardeLaPolitiqueEtNyAjouteQueLeNonceDePrimeFaces() {
        String politique = EntetesSecurite.politique("script-src 'self' 'nonce-" + NONCE + "';");
        assertEquals(EntetesSecurite.CSP + " 'nonce-" + NONCE + "'", politique);
        assertTrue(politique.endsWith("script-src 'self' 'nonce-" + NONCE + "'"), politique);
    }

    @Test
    void sansNonceLaPolitiqueResteSansScriptEnLigne() {
        assertEquals(EntetesSecurite.CSP, EntetesSecurite.politique("script-src 'self' 'unsafe-inline'"));
        assertEquals(EntetesSecurite.CSP, EntetesSecurite.politique(null));
        assertEquals(EntetesSecurite.CSP, EntetesSecurite.politique(EntetesSecurite.CSP));
    }

    @Test
    void laPolitiqueGardeSesDirectivesEtNAdmetNiInlineNiEvalPourLesScripts() {
        for (String directive : new String[] {"default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'none'", "script-src 'self'"}) {
            assertTrue(EntetesSecurite.CSP.contains(directive + ";") || EntetesSecurite.CSP.endsWith(directive), directive);
        }
        String scripts = EntetesSecurite.CSP.substring(EntetesSecurite.CSP.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe"), scripts);
    }
}
