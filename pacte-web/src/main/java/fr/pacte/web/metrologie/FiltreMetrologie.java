package fr.pacte.web.metrologie;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Times each request inside the server (from the application's entry to its response), keyed by what it did. */
@WebFilter("/*")
public class FiltreMetrologie extends HttpFilter {

    /** CPU time of the request's thread tells the server's own work from waiting (database, a busy machine). */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Override
    protected void doFilter(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws IOException, ServletException {
        if (!Metrologie.ACTIVE) {
            chaine.doFilter(requete, reponse);
            return;
        }
        long debut = System.nanoTime();
        long debutCpu = CPU.getCurrentThreadCpuTime();
        try {
            chaine.doFilter(requete, reponse);
        } finally {
            long duree = System.nanoTime() - debut;
            long cpu = CPU.getCurrentThreadCpuTime() - debutCpu;
            // read after the chain: reading parameters earlier would fix their encoding before Faces sets it
            String source = "POST".equals(requete.getMethod()) && estFormulaire(requete)
                    ? requete.getParameter("jakarta.faces.source") : null;
            String cle = requete.getMethod() + " " + requete.getRequestURI();
            Metrologie.enregistrer(source == null ? cle : cle + "|" + source, duree, cpu);
        }
    }

    private static boolean estFormulaire(HttpServletRequest requete) {
        String type = requete.getContentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }
}
