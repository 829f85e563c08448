package fr.pacte.it;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user of the distribution screen as its browser talks to the server: a form session, the inline edit exactly as
 * {@code dotations.js} sends it ({@code PUT …/{uai}/saisie}, same body, the page's {@code Origin} and session token),
 * and the probe's ajax postback ({@code sonde.xhtml}, the minimal Faces request).
 */
final class SessionDistribution {

    private static final Pattern JETON = Pattern.compile("<meta name=\"pacte-jeton\" content=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces sends back with every ajax postback ({@code primefaces.nonce}). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final Http session;
    private final String origine;
    private final String jeton;
    private Map<String, String> clic;

    SessionDistribution(String login, String motDePasse) {
        this(PacteIT.BASE, login, motDePasse);
    }

    /** @param base the application's address: a server, or the load balancer in front of the nodes */
    SessionDistribution(String base, String login, String motDePasse) {
        origine = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
        session = new Http(base).connexion(login, motDePasse);
        jeton = jeton(session.get("/index.xhtml").body());
    }

    /** The session's token as a page carries it (one per session: another token means another session). */
    static String jeton(String page) {
        Matcher m = JETON.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("la page ne porte pas le jeton de sa session : " + page);
        }
        return m.group(1);
    }

    String jeton() {
        return jeton;
    }

    Http http() {
        return session;
    }

    /** The screen's edit of one row: the row's parts and IMP, the version read, the reason field (null when absent). */
    HttpResponse<String> saisir(String annee, String uai, BigDecimal parts, BigDecimal imp, long version, String motif) {
        String corps = "{\"parts\":" + parts + ",\"imp\":" + imp + ",\"version\":" + version + ",\"motif\":"
                + (motif == null ? "null" : "\"" + motif + "\"") + "}";
        return session.putAvecEntetes("/api/dotations/" + annee + "/" + uai + "/saisie", corps,
                "Origin", origine, "X-Pacte-Jeton", jeton);
    }

    /** The row as the screen reads it. */
    HttpResponse<String> lire(String annee, String uai) {
        return session.get("/api/dotations/" + annee + "/" + uai);
    }

    /** The probe's click, as PrimeFaces posts it; the page is opened once, for its view state. */
    HttpResponse<String> sonder() {
        if (clic == null) {
            String page = session.get("/sonde.xhtml").body();
            Matcher etat = VIEW_STATE.matcher(page);
            Matcher nonce = NONCE.matcher(page);
            if (!etat.find() || !nonce.find()) {
                throw new IllegalStateException("la page de la sonde ne porte pas l'état de sa vue ou son nonce : " + page);
            }
            clic = Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "sonde:bouton",
                    "jakarta.faces.partial.execute", "sonde:bouton", "sonde:bouton", "sonde:bouton", "sonde", "sonde",
                    "jakarta.faces.ViewState", etat.group(1), "primefaces.nonce", nonce.group(1));
        }
        return session.postAjax("/sonde.xhtml", clic);
    }
}
