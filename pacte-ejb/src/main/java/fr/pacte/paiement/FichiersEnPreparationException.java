package fr.pacte.paiement;

import fr.pacte.commun.Refus;

/** A closed month's files are not written yet (or their production failed): answered 409 with the progress. */
public class FichiersEnPreparationException extends Refus {

    private static final long serialVersionUID = 1L;

    public FichiersEnPreparationException(ExecutionVue e) {
        super(Motif.CONFLIT, "mois", e.etatFichiers() == EtatFichiers.ECHEC
                ? "Mois " + e.mois() + " : la préparation des fichiers de paie a échoué ; relancez-la depuis l'écran des"
                  + " paiements (les lignes envoyées à la paie ne changent pas)."
                : "Mois " + e.mois() + " : les fichiers de paie sont en préparation (" + e.progression()
                  + " %) ; réessayez dans quelques secondes.");
    }
}
