package fr.pacte.rapport;

import java.io.IOException;
import java.io.InputStream;

import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

/**
 * Le modèle de styles pacte.jrtx, lu une fois par JVM. Un {@code <template>} donné par son chemin est relu et
 * analysé à chaque remplissage (un quart du remplissage d'une lettre d'une page) ; un modèle rendu en série écrit
 * {@code <template><![CDATA[fr.pacte.rapport.StylesPacte.pacte()]]></template>}. Jasper copie les styles à
 * chaque remplissage : l'instance partagée n'est jamais modifiée.
 */
public final class StylesPacte {

    private static final String CHEMIN = "/rapports/styles/pacte.jrtx";

    private StylesPacte() {
    }

    public static JRTemplate pacte() {
        return Charge.PACTE;
    }

    private static JRTemplate charger() {
        try (InputStream jrtx = StylesPacte.class.getResourceAsStream(CHEMIN)) {
            if (jrtx == null) {
                throw new RapportException("Modèle de styles introuvable : " + CHEMIN);
            }
            return JRXmlTemplateLoader.load(jrtx);
        } catch (IOException e) {
            throw new RapportException("Lecture de " + CHEMIN + " impossible", e);
        }
    }

    private static final class Charge {
        private static final JRTemplate PACTE = charger();
    }
}
