package fr.pacte.attribution;

import fr.pacte.securite.Utilisateur;

import java.util.List;

/** Read model of the académie's active attributions, within the caller's scope (a DASEN: his département). */
public interface ConsolidationRepository {

    List<LigneConsolidation> lignes(FiltreConsolidation filtre, Utilisateur u, int page, int taille);

    long compter(FiltreConsolidation filtre, Utilisateur u);

    TotauxConsolidation totaux(FiltreConsolidation filtre, Utilisateur u);
}
