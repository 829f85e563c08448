package fr.pacte.referentiel;

import java.util.List;

public interface DepartementRepository {

    List<Departement> tous();

    Departement trouver(String code);

    void ajouter(Departement departement);
}
