package fr.pacte.rapport;

import java.util.List;

/**
 * Contenu d'une lettre de mission (modèle du BO n° 30 du 27 juillet 2023), déjà résolu par l'appelant.
 * {@code version} 1 = lettre initiale, n ≥ 2 = avenant n° n-1. {@code signataire} : nom du chef d'établissement,
 * imprimé sous « Le chef d'établissement » (« Le directeur d'école » dans une école). {@code acceptation} : « Lu et
 * accepté par … le … », composé à l'impression d'après l'acceptation enregistrée (nul tant qu'elle manque).
 */
public record LettreDeMission(
        String uai,
        String sigle,
        String denominationPrincipale,
        String denominationComplementaire,
        String anneeScolaire,
        String civilite,
        String prenom,
        String nom,
        String discipline,
        String referenceTexte,
        List<MissionLettre> missionsPacte,
        List<MissionImpLettre> missionsImp,
        String lieuEtDate,
        String signataire,
        int version,
        String acceptation) {

    public LettreDeMission(String uai, String sigle, String denominationPrincipale, String denominationComplementaire,
                           String anneeScolaire, String civilite, String prenom, String nom, String discipline,
                           String referenceTexte, List<MissionLettre> missionsPacte, List<MissionImpLettre> missionsImp,
                           String lieuEtDate, String signataire, int version) {
        this(uai, sigle, denominationPrincipale, denominationComplementaire, anneeScolaire, civilite, prenom, nom,
                discipline, referenceTexte, missionsPacte, missionsImp, lieuEtDate, signataire, version, null);
    }

    /** La même lettre avec la mention de l'acceptation de l'agent. */
    public LettreDeMission acceptee(String mention) {
        return new LettreDeMission(uai, sigle, denominationPrincipale, denominationComplementaire, anneeScolaire,
                civilite, prenom, nom, discipline, referenceTexte, missionsPacte, missionsImp, lieuEtDate, signataire,
                version, mention);
    }

    public LettreDeMission {
        exiger(uai, "uai");
        exiger(anneeScolaire, "anneeScolaire");
        exiger(nom, "nom");
        exiger(referenceTexte, "referenceTexte");
        if (version < 1) {
            throw new IllegalArgumentException("version doit valoir au moins 1 : " + version);
        }
        missionsPacte = missionsPacte == null ? List.of() : List.copyOf(missionsPacte);
        missionsImp = missionsImp == null ? List.of() : List.copyOf(missionsImp);
    }

    /** Numéro de l'avenant, 0 pour la lettre initiale. */
    public int numeroAvenant() {
        return version - 1;
    }

    private static void exiger(String valeur, String nom) {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException(nom + " est obligatoire dans une lettre de mission");
        }
    }
}
