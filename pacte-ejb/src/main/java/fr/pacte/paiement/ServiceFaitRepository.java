package fr.pacte.paiement;

import java.util.Set;

public interface ServiceFaitRepository {

    ServiceFait trouver(long attributionId);

    void ajouter(ServiceFait serviceFait);

    /** Attributions whose service fait is recorded. */
    Set<Long> attributions();
}
