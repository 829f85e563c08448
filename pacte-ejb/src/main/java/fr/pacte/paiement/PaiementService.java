package fr.pacte.paiement;

/**
 * Facade of the paiement module for reading schedules and recording service fait. Schedules are derived from the
 * attributions' current state at each read; what was sent to payroll is read as stored. Every read applies the
 * caller's scope (a DASEN his département, a chef his UAI).
 */
public interface PaiementService {

    EcheancierPersonnel personnel(String annee, String identifiant);

    /** @throws fr.pacte.securite.AccesRefuseException outside the caller's scope */
    EcheancesEtablissement etablissement(String annee, String uai);

    /** Totals per month of the caller's scope, reconciled with the attributions. */
    SynthesePaiements synthese(String annee);

    /**
     * The chef d'établissement (or the rectorat) attests that a one-off mission was done, which releases its
     * payment the month after its end (or in the first open month). Recording it twice changes nothing.
     * @throws ReglePaiementException if the attribution is not a one-off mission or is cancelled
     */
    MissionPayee enregistrerServiceFait(long attributionId);
}
