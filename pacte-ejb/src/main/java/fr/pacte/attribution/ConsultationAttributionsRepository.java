package fr.pacte.attribution;

import java.util.List;

public interface ConsultationAttributionsRepository {

    /** {@code departement} and {@code uai} narrow the campaign's attributions when not null. */
    List<AttributionVue> lister(String annee, String departement, String uai);

    List<AttributionVue> duPersonnel(String annee, String identifiant);
}
