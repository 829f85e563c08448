package fr.pacte.web.api;

import fr.pacte.securite.IdempotenceService;
import fr.pacte.securite.IdempotenceService.Reservation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on every POST of the API (draft-ietf-httpapi-idempotency-key-header): the first request with
 * a key runs and its answer is kept 24 h; a repeat by the same caller gets that answer again (status, type, body,
 * {@code Location}) without running anything. The same key with another request answers 422; while the first one
 * runs, 409. Only successes (2xx) are kept: a refusal or a failure wrote nothing, so the key is released and the
 * request may be sent again; nor is a success whose resource said {@link #NE_PAS_GARDER} (a one-time password is
 * stored nowhere). The key is reserved in PostgreSQL before the request runs, so two identical requests
 * sent at once never both execute.
 */
@WebFilter("/api/*")
public class IdempotenceFilter extends HttpFilter {

    static final String ENTETE = "Idempotency-Key";
    /**
     * Request attribute a resource sets when its answer must not be kept (it carries one-time passwords): a repeat
     * runs again instead of being replayed. An attribute, not {@code Cache-Control}: Undertow may mark any secured
     * answer {@code no-store} (disable-caching-for-secured-pages).
     */
    static final String NE_PAS_GARDER = "fr.pacte.idempotence.neGarderPas";
    /** Length of securite.cle_idempotence.chemin (V13). */
    private static final int CHEMIN_MAX = 2000;

    @Inject
    private IdempotenceService cles;

    @Override
    protected void doFilter(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws IOException, ServletException {
        String cle = requete.getHeader(ENTETE);
        if (cle == null || !"POST".equals(requete.getMethod()) || requete.getUserPrincipal() == null) {
            chaine.doFilter(requete, reponse);
            return;
        }
        cle = cle.strip();
        if (cle.isEmpty() || cle.length() > IdempotenceService.LONGUEUR_MAX) {
            refuser(reponse, 400, "En-tête " + ENTETE + " vide ou trop long (" + IdempotenceService.LONGUEUR_MAX
                    + " caractères au plus).");
            return;
        }
        RequeteRejouable corps = new RequeteRejouable(requete);
        String chemin = requete.getRequestURI() + (requete.getQueryString() == null ? "" : "?" + requete.getQueryString());
        String appelant = requete.getUserPrincipal().getName();
        // the fingerprint covers the whole path; the row keeps what its column holds, for reading only
        Reservation r = cles.reserver(appelant, cle, requete.getMethod(), chemin.length() > CHEMIN_MAX
                ? chemin.substring(0, CHEMIN_MAX) : chemin, empreinte(requete.getMethod(), chemin, corps.octets()));
        switch (r.issue()) {
            case REJOUEE -> rejouer(reponse, r);
            case EN_COURS -> refuser(reponse, 409, "Une requête avec la même clé " + ENTETE
                    + " est en cours : attendez sa réponse avant de renvoyer.");
            case AUTRE_REQUETE -> refuser(reponse, 422, "La clé " + ENTETE + " « " + cle
                    + " » a déjà servi pour une autre requête : utilisez une nouvelle clé.");
            case NOUVELLE -> executer(corps, reponse, chaine, appelant, cle);
        }
    }

    private void executer(RequeteRejouable requete, HttpServletResponse reponse, FilterChain chaine, String appelant,
                          String cle) throws IOException, ServletException {
        ReponseCopiee copie = new ReponseCopiee(reponse);
        boolean garde = false;
        try {
            chaine.doFilter(requete, copie);
            int statut = copie.getStatus();
            if (statut >= 200 && statut < 300 && requete.getAttribute(NE_PAS_GARDER) == null) {
                cles.enregistrer(appelant, cle, statut, copie.getContentType(), copie.getHeader("Location"), copie.octets());
                garde = true;
            }
        } finally {
            if (!garde) {
                cles.liberer(appelant, cle);
            }
        }
    }

    private static void rejouer(HttpServletResponse reponse, Reservation r) throws IOException {
        reponse.setStatus(r.statut());
        if (r.typeContenu() != null) {
            reponse.setContentType(r.typeContenu());
        }
        if (r.emplacement() != null) {
            reponse.setHeader("Location", r.emplacement());
        }
        reponse.setHeader("Idempotent-Replayed", "true");
        if (r.corps() != null && r.corps().length > 0) {
            reponse.setContentLength(r.corps().length);
            reponse.getOutputStream().write(r.corps());
        }
    }

    private static void refuser(HttpServletResponse reponse, int statut, String message) throws IOException {
        reponse.setStatus(statut);
        reponse.setContentType("application/json;charset=UTF-8");
        reponse.getOutputStream().write(JsonbPartage.JSONB.toJson(new Erreur(message)).getBytes(StandardCharsets.UTF_8));
    }

    private static String empreinte(String methode, String chemin, byte[] corps) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((methode + ' ' + chemin + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(corps));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
