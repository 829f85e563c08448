package fr.pacte.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

public interface EtablissementRepository {

    Page<EtablissementEntite> rechercher(FiltreEtablissements filtre, Utilisateur perimetre, int page, int taille);

    Map<String, EtablissementEntite> parUai(Collection<String> uais);

    Set<String> tousLesUai();

    EtablissementEntite trouver(String uai);

    void ajouter(EtablissementEntite etablissement);
}
