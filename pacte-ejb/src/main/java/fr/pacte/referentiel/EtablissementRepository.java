package fr.pacte.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

public interface EtablissementRepository {

    Page<EtablissementEntite> rechercher(FiltreEtablissements filtre, Utilisateur perimetre, int page, int taille);

    /**
     * Every établissement of the filter, in the order of {@link #rechercher}'s pages, read through one server-side
     * cursor; each is detached once handed over, so that the persistence context does not grow with the export.
     */
    void parcourir(FiltreEtablissements filtre, Utilisateur perimetre, Consumer<Etablissement> action);

    Map<String, EtablissementEntite> parUai(Collection<String> uais);


    EtablissementEntite trouver(String uai);

    void ajouter(EtablissementEntite etablissement);
}
