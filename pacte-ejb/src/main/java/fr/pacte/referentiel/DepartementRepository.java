package fr.pacte.referentiel;

import java.util.List;

public interface DepartementRepository {

    List<DepartementEntite> tous();

    DepartementEntite trouver(String code);

    void ajouter(DepartementEntite departement);
}
