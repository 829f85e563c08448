package fr.pacte.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Lettres de mission d'essai, partagées par les tests et le banc. */
final class Lettres {

    static final LocalDate RENTREE = LocalDate.of(2025, 9, 1);
    static final LocalDate FIN = LocalDate.of(2026, 6, 30);
    static final String ANNUELLE = "annuelle (neuvièmes d'octobre à juin)";

    private Lettres() {
    }

    static MissionLettre devoirsFaits() {
        return new MissionLettre("Devoirs faits", RENTREE, FIN, BigDecimal.ONE, new BigDecimal("24"));
    }

    static MissionLettre projetsInnovants() {
        return new MissionLettre("Coordonner et mettre en œuvre des projets pédagogiques innovants",
                RENTREE, FIN, BigDecimal.ONE, null);
    }

    static MissionLettre remplacement() {
        return new MissionLettre("Remplacement de courte durée", RENTREE, FIN, BigDecimal.ONE, new BigDecimal("18"));
    }

    static MissionImpLettre referentNumerique() {
        return new MissionImpLettre("Référent pour les ressources et usages pédagogiques numériques", RENTREE, FIN,
                "002", "taux moitié", new BigDecimal("0.5"), new BigDecimal("625.00"), ANNUELLE);
    }

    static LettreDeMission helene(int version) {
        return lettre("Mme", "Hélène", "Lefèvre-Œhmichen", List.of(devoirsFaits(), projetsInnovants()),
                List.of(referentNumerique()), version);
    }

    static LettreDeMission lettre(String civilite, String prenom, String nom, List<MissionLettre> pacte,
            List<MissionImpLettre> imp, int version) {
        return new LettreDeMission("0381234A", "CLG", "Collège Jean-Jaurès", "Échirolles", "2025-2026",
                civilite, prenom, nom, "Lettres modernes", "décret n° 2023-xxx", pacte, imp,
                "Échirolles, le 2 octobre 2025", "François Cœurdevey", version);
    }

    /** {@code nombre} lettres produites à la demande, comme un parcours de base de données. */
    static Iterable<LettreDeMission> serie(int nombre) {
        return () -> new Iterator<>() {
            private int rang;

            @Override
            public boolean hasNext() {
                return rang < nombre;
            }

            @Override
            public LettreDeMission next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                rang++;
                return numero(rang);
            }
        };
    }

    static LettreDeMission numero(int rang) {
        boolean femme = rang % 2 == 0;
        return new LettreDeMission(String.format("038%04dZ", rang % 40), rang % 3 == 0 ? "LP" : "CLG",
                rang % 3 == 0 ? "Lycée professionnel Françoise-Dolto" : "Collège Jean-Jaurès",
                rang % 5 == 0 ? "" : "Isère",
                "2025-2026", femme ? "Mme" : "M.", femme ? "Hélène" : "Jérôme", "Lefèvre-Œhmichen " + rang,
                "Mathématiques", "décret n° 2023-xxx", List.of(remplacement(), devoirsFaits(), projetsInnovants()),
                List.of(referentNumerique()), "Échirolles, le 2 octobre 2025", "François Cœurdevey", 1 + rang % 2);
    }
}
