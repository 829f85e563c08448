package fr.pacte.referentiel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The checks of a mission the rectorat adds or edits, before any SQL: one French message per broken rule. */
public final class RegleCatalogue {

    private static final Set<String> ORIGINES = Set.of(Origine.ACADEMIQUE.name(), Origine.LOCALE.name());

    private RegleCatalogue() {
    }

    public static List<String> verifier(NouvelleMission m) {
        List<String> e = new ArrayList<>();
        if (m.code() == null || !m.code().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            e.add("code : 2 à 40 lettres majuscules, chiffres ou tirets");
        }
        if (Dispositif.de(m.dispositif()) == null) {
            e.add("dispositif : PACTE ou IMP");
        }
        if (Voie.de(m.voie()) == null) {
            e.add("voie : PREMIER_DEGRE, SECOND_DEGRE, VOIE_PRO ou ACADEMIQUE");
        }
        if (!ORIGINES.contains(m.origine())) {
            e.add("origine : ACADEMIQUE ou LOCALE (la liste nationale vient du fichier de référence)");
        }
        if (m.libelle() == null || m.libelle().isBlank() || m.libelle().length() > 300) {
            e.add("libellé : obligatoire, 300 caractères au plus");
        }
        if (m.contenu() != null && m.contenu().length() > 2000) {
            e.add("contenu : 2000 caractères au plus");
        }
        if (!m.forfaitaire() && (m.quantumHeures() == null || m.quantumHeures() <= 0)) {
            e.add("quantum : une mission non forfaitaire a un quantum d'heures positif");
        }
        if (m.bilanRemisA() == null || m.bilanRemisA().isBlank() || m.bilanRemisA().length() > 100) {
            e.add("bilan remis à : obligatoire, 100 caractères au plus");
        }
        return e;
    }

    /** A campaign year as the application writes it, e.g. 2161-2162. */
    public static boolean annee(String a) {
        return a != null && a.matches("[0-9]{4}-[0-9]{4}")
                && Integer.parseInt(a.substring(5)) == Integer.parseInt(a.substring(0, 4)) + 1;
    }
}
