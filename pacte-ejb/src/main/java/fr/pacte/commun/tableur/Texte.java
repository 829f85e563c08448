package fr.pacte.commun.tableur;

/** Small text helpers shared by the readers and the checks. */
final class Texte {

    private static final int LONGUEUR_EXTRAIT = 60;

    private Texte() {
    }

    /**
     * Trims like {@link String#strip()} but also removes no-break spaces, control characters and stray BOMs,
     * which copy-pastes from web pages and PDFs leave around values.
     */
    static String rogner(String s) {
        if (s == null) {
            return "";
        }
        int debut = 0;
        int fin = s.length();
        while (debut < fin && aRogner(s.charAt(debut))) {
            debut++;
        }
        while (fin > debut && aRogner(s.charAt(fin - 1))) {
            fin--;
        }
        return s.substring(debut, fin);
    }

    /** Collapses every run of spaces, tabs, line breaks and control characters into one space. */
    static String uneLigne(String s) {
        String r = rogner(s);
        StringBuilder sb = new StringBuilder(r.length());
        boolean blanc = false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (aRogner(c)) {
                blanc = true;
            } else {
                if (blanc) {
                    sb.append(' ');
                    blanc = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The value as quoted in an error message: shortened so that a huge cell does not flood the report. */
    static String extrait(String s) {
        String r = s == null ? "" : s;
        if (r.codePointCount(0, r.length()) <= LONGUEUR_EXTRAIT) {
            return r;
        }
        return r.substring(0, r.offsetByCodePoints(0, LONGUEUR_EXTRAIT)) + "…";
    }

    static int longueur(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean aRogner(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\uFEFF';
    }
}
