package fr.pacte.attribution;

import java.util.function.Consumer;
import fr.pacte.securite.Utilisateur;

import java.util.List;

/** Read model of the académie's active attributions, within the caller's scope (a DASEN: his département). */
public interface ConsolidationRepository {

    List<LigneConsolidation> lignes(FiltreConsolidation filtre, Utilisateur u, int page, int taille);

    /** Every line of the filter, in the pages' order, read from one server-side cursor (an export of any size). */
    void parcourir(FiltreConsolidation filtre, Utilisateur u, Consumer<LigneConsolidation> action);

    long compter(FiltreConsolidation filtre, Utilisateur u);

    TotauxConsolidation totaux(FiltreConsolidation filtre, Utilisateur u);
}
