package fr.pacte.rapport;

import java.util.List;
import java.util.Map;

/**
 * Table of contents of the annual report: each table's header notes its page while the report fills, and the title
 * page prints the list once the fill is over (evaluationTime="Report").
 */
public final class SommaireRapport {

    private SommaireRapport() {
    }

    /** Called from the table's header: records the page and prints nothing. */
    @SuppressWarnings("unchecked")
    public static String noter(Map<?, ?> pages, String tableau, Integer page) {
        ((Map<String, Integer>) pages).putIfAbsent(tableau, page);
        return "";
    }

    /** One line per entry "T01 – title", with its page when known. */
    public static String texte(List<?> entrees, Map<?, ?> pages) {
        StringBuilder b = new StringBuilder();
        for (Object o : entrees) {
            String e = (String) o;
            String code = e.contains(" ") ? e.substring(0, e.indexOf(' ')) : e;
            Object page = pages.get(code);
            b.append(e).append(page == null ? "" : " ..... page " + page).append('\n');
        }
        return b.toString();
    }
}
