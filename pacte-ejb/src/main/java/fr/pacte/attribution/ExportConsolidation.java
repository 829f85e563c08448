package fr.pacte.attribution;

import fr.pacte.commun.Quantite;

import java.math.BigDecimal;
import java.util.List;

/** The columns of the consolidation export and how a line fills them (numbers the French way, empty for none). */
final class ExportConsolidation {

    static final List<String> ENTETES = List.of("annee_scolaire", "departement", "uai", "etablissement", "nature",
            "education_prioritaire", "identifiant", "nom", "prenom", "dispositif", "code_mission", "mission", "parts",
            "taux_imp", "unites_imp", "heures", "heures_faites", "modalite", "date_debut", "date_fin");

    private ExportConsolidation() {
    }

    static List<String> ligne(String annee, LigneConsolidation l) {
        return List.of(annee, l.departement(), l.uai(), l.denomination(), l.nature(), texte(l.educationPrioritaire()),
                l.identifiant(), l.nom(), l.prenom(), l.dispositif(), l.codeMission(), l.libelleMission(),
                nombre(l.parts()), texte(l.tauxImp()), nombre(l.unitesImp()), nombre(l.heures()), nombre(l.heuresFaites()),
                l.modalite().name(), l.dateDebut().toString(), l.dateFin().toString());
    }

    private static String texte(String s) {
        return s == null ? "" : s;
    }

    private static String nombre(BigDecimal b) {
        return b == null ? "" : Quantite.texte(b);
    }
}
