package fr.pacte.attribution;


import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Voie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * « Le recteur peut également attribuer des IMP pour des missions académiques » (seed 003): the rules of an
 * académie-level IMP, attributed by the rectorat outside any établissement envelope and taken from the académie's IMP
 * allocation line. Pure; who may attribute (the rectorat only) is the service's scope check.
 */
public final class ReglesAcademiques {

    private ReglesAcademiques() {
    }

    /**
     * @param c the campaign's dates, the person's affectation, the mission and rate, the IMP allocation line (allocated,
     *          and distributed: envelopes + reserves + académique IMP already attributed)
     */
    public static List<ErreurAttribution> verifier(NouvelleAttribution a, ContexteAcademique c) {
        List<ErreurAttribution> e = new ArrayList<>(ReglesAttribution.bornes(a));
        if (!e.isEmpty()) {
            return e;
        }
        if (c.affectationPersonnel() == null) {
            e.add(new ErreurAttribution("identifiant", "personnel inconnu : " + a.identifiant()));
        } else if (a.uai() != null && !c.affectationPersonnel().equals(a.uai())) {
            e.add(new ErreurAttribution("uai", "une mission académique se rattache à l'établissement d'affectation de "
                    + a.identifiant() + " (" + c.affectationPersonnel() + "), pas à " + a.uai()));
        }
        if (!Voie.ACADEMIQUE.est(c.voieMission())) {
            e.add(new ErreurAttribution("code_mission", "la mission " + a.codeMission() + " n'est pas une mission académique du catalogue"));
            return e;
        }
        if (!Dispositif.IMP.est(a.dispositif())) {
            e.add(new ErreurAttribution("dispositif", "le recteur attribue des IMP pour les missions académiques, pas " + a.dispositif()));
        }
        if (a.parts() != null && a.parts().signum() != 0) {
            e.add(new ErreurAttribution("parts", "pas de parts Pacte pour une mission IMP"));
        }
        if (a.modalite() == null || a.modalite() == Modalite.DECHARGE) {
            e.add(new ErreurAttribution("modalite", "une mission académique est payée : modalité ANNUELLE ou PONCTUELLE"
                    + " (une décharge se prend sur le quota d'un établissement)"));
        }
        dates(a, c, e);
        if (c.coefficientTaux() == null) {
            e.add(new ErreurAttribution("taux_imp", "taux IMP inconnu : " + a.tauxImp() + " (001 à 005)"));
            return e;
        }
        BigDecimal reste = c.impAlloues().subtract(c.impDistribues());
        if (c.coefficientTaux().compareTo(reste) > 0) {
            e.add(new ErreurAttribution("taux_imp", "allocation IMP de l'académie dépassée : "
                    + Quantite.texte(reste.max(BigDecimal.ZERO)) + " IMP restant(s) à attribuer en " + a.annee()
                    + " (enveloppes, réserves et missions académiques comprises)"));
        }
        return e;
    }

    private static void dates(NouvelleAttribution a, ContexteAcademique c, List<ErreurAttribution> e) {
        if (a.dateDebut() == null || a.dateFin() == null) {
            e.add(new ErreurAttribution("date_debut", "dates de début et de fin obligatoires"));
        } else if (a.dateDebut().isAfter(a.dateFin())) {
            e.add(new ErreurAttribution("date_fin", "la date de fin précède la date de début"));
        } else if (a.dateDebut().isBefore(c.debutCampagne()) || a.dateFin().isAfter(c.finCampagne())) {
            e.add(new ErreurAttribution("date_debut", "les dates doivent rester dans l'année scolaire " + a.annee()
                    + " (du " + c.debutCampagne() + " au " + c.finCampagne() + ")"));
        }
    }
}
