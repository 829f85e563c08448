package fr.pacte.rapport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Paramètres et lignes du modèle repartition-conseils : textes composés ici, aucun « null » n'atteint le PDF. */
final class ContenuRepartitionConseils {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ContenuRepartitionConseils() {
    }

    /** Une ligne imprimée : personnel, mission, quotité, heures (« — » pour un engagement annuel), volontaire. */
    record Ligne(String personnel, String mission, String quotite, String heures, String volontaire) {
    }

    static Map<String, Object> parametres(RepartitionConseils r) {
        Map<String, Object> p = new HashMap<>();
        p.put("SOUS_TITRE", r.uai() + " – " + r.etablissement() + " – année scolaire " + r.anneeScolaire());
        p.put("CONSEILS", "Avis du conseil pédagogique : " + date(r.conseilPedagogique())
                + " ; avis du conseil d'administration : " + date(r.conseilAdministration()));
        p.put("ENVELOPPE", "Enveloppe : " + ContenuLettre.nombre(r.parts()) + " part(s) fonctionnelle(s), "
                + ContenuLettre.nombre(r.partsAttribuees()) + " attribuée(s), reste "
                + ContenuLettre.nombre(r.parts().subtract(r.partsAttribuees())) + " ; "
                + ContenuLettre.nombre(r.imp()) + " IMP, " + ContenuLettre.nombre(r.impAttribues())
                + " attribuée(s), reste " + ContenuLettre.nombre(r.imp().subtract(r.impAttribues())) + ".");
        p.put("VOLONTAIRES", "Volontaires (" + r.volontaires().size() + ") : "
                + (r.volontaires().isEmpty() ? "aucun" : String.join(", ", r.volontaires())) + ".");
        return p;
    }

    static List<Ligne> lignes(RepartitionConseils r) {
        return r.missions().stream().map(m -> new Ligne(m.personnel(), m.mission(), m.quotite(),
                m.heures() == null ? "—" : ContenuLettre.nombre(m.heures()) + "\u00A0h",
                m.volontaire() ? "oui" : "non")).toList();
    }

    private static String date(LocalDate d) {
        return d == null ? "date à fixer" : DATE.format(d);
    }
}
