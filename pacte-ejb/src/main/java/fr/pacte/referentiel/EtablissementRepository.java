package fr.pacte.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

public interface EtablissementRepository {

    Page<Etablissement> rechercher(FiltreEtablissements filtre, Utilisateur perimetre, int page, int taille);

    Map<String, Etablissement> parUai(Collection<String> uais);

    Set<String> tousLesUai();

    Etablissement trouver(String uai);

    void ajouter(Etablissement etablissement);
}
