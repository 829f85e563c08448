package fr.pacte.web;

import fr.pacte.securite.JournalService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Writes the access events to the journal: a session's login, a failed login on the form (its error page) and every
 * refusal (a 403 answered by the API or the container, a page refused by a
 * service). The author of a failed login is the login attempted, cut short. Elytron's own audit log
 * (pacte-audit.log) records every authentication besides. Declared in web.xml, so that it runs before the API's
 * authentication filter (annotated filters have no order).
 */
public class JournalAcces extends HttpFilter {

    /** Request attribute where a refusal's reason is left for this filter (the API's exception mappers). */
    public static final String MOTIF = "fr.pacte.journal.motif";
    private static final String DEJA = "fr.pacte.journal.fait";
    private static final String SESSION = "fr.pacte.journal.connexion";
    private static final String PAGE_ERREUR = "/erreur-connexion.xhtml";
    private static final int LOGIN_MAX = 60;
    private static final System.Logger LOG = System.getLogger(JournalAcces.class.getName());

    @Inject
    private JournalService journal;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        switch (req.getDispatcherType()) {
            case FORWARD -> {
                if (PAGE_ERREUR.equals(req.getServletPath()) && req.getParameter("j_username") != null) {
                    ecrire(req.getParameter("j_username"), JournalService.CONNEXION_ECHOUEE, "POST /j_security_check",
                            "Identifiant ou mot de passe incorrect (formulaire)");
                }
            }
            case ERROR -> refusEnErreur(req);
            default -> {
                connexion(req);
                chain.doFilter(req, res);
                if (res.getStatus() == HttpServletResponse.SC_FORBIDDEN && req.getAttribute(DEJA) == null) {
                    req.setAttribute(DEJA, Boolean.TRUE);
                    Object motif = req.getAttribute(MOTIF);
                    ecrire(login(req), JournalService.ACCES_REFUSE, req.getMethod() + " " + req.getRequestURI(),
                            motif == null ? "HTTP 403" : motif.toString());
                }
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /**
     * A session's first authenticated request is its login. (Basic credentials the realm refuses never reach the
     * filters: Elytron answers 401 itself; the login throttling's handler, fr.pacte.web.debit, journals them.)
     */
    private void connexion(HttpServletRequest req) {
        HttpSession session = req.getUserPrincipal() == null ? null : req.getSession(false);
        if (session != null && session.getAttribute(SESSION) == null) {
            session.setAttribute(SESSION, Boolean.TRUE);
            ecrire(login(req), JournalService.CONNEXION, req.getMethod() + " " + req.getRequestURI(), null);
        }
    }

    /** The container's 403 (a page the role may not open) or a service's refusal while rendering a page. */
    private void refusEnErreur(HttpServletRequest req) {
        if (req.getAttribute(DEJA) != null) {
            return;
        }
        Object statut = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable refus = refus((Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (refus != null || Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(statut)) {
            req.setAttribute(DEJA, Boolean.TRUE);
            ecrire(login(req), JournalService.ACCES_REFUSE, req.getMethod() + " " + req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    refus == null ? "HTTP 403" : refus.getMessage());
        }
    }

    private static Throwable refus(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof fr.pacte.securite.AccesRefuseException || c instanceof jakarta.ejb.EJBAccessException) {
                return c;
            }
        }
        return null;
    }

    private static String login(HttpServletRequest req) {
        return req.getUserPrincipal() == null ? null : req.getUserPrincipal().getName();
    }

    private static String borne(String login) {
        return login.length() > LOGIN_MAX ? login.substring(0, LOGIN_MAX) : login;
    }

    /** The journal must never turn an answer into an error: a failed write is logged and the request goes on. */
    private void ecrire(String login, String action, String chemin, String motif) {
        try {
            journal.enregistrerAcces(login == null ? null : borne(login), action, chemin, motif);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Journal des accès : écriture impossible (" + action + ")", e);
        }
    }
}
