package fr.pacte.referentiel;

import java.util.List;

/** The columns of the établissements export (screen and API) and how an établissement fills them. */
public final class ExportEtablissements {

    public static final List<String> ENTETES = List.of("UAI", "Nature", "Dénomination principale",
            "Dénomination complémentaire", "Département", "Commune", "Secteur", "Éducation prioritaire");

    private ExportEtablissements() {
    }

    public static List<String> ligne(Etablissement e) {
        return List.of(e.uai(), e.nature().libelle(), e.denominationPrincipale(),
                e.denominationComplementaire() == null ? "" : e.denominationComplementaire(),
                e.departement(), e.commune(), e.secteur().libelle(),
                e.educationPrioritaire() == null ? "" : e.educationPrioritaire().code());
    }
}
