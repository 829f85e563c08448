package fr.pacte.web.api;

import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.Personnel;
import jakarta.json.bind.annotation.JsonbProperty;

import java.time.format.DateTimeFormatter;

/** API views of the référentiel, with the same field names as the import files so a read-back can be re-imported. */
public final class ReferentielJson {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReferentielJson() {
    }

    public record DepartementJson(String code, String libelle) {
        static DepartementJson de(Departement d) {
            return new DepartementJson(d.code(), d.libelle());
        }
    }

    public record EtablissementJson(String uai, String nature,
                             @JsonbProperty("denomination_principale") String denominationPrincipale,
                             @JsonbProperty("denomination_complementaire") String denominationComplementaire,
                             String departement, String commune, String secteur,
                             @JsonbProperty("education_prioritaire") String educationPrioritaire,
                             String circonscription) {
        static EtablissementJson de(Etablissement e) {
            return new EtablissementJson(e.uai(), e.nature().name(), e.denominationPrincipale(),
                    e.denominationComplementaire(), e.departement(), e.commune(), e.secteur().name(),
                    e.educationPrioritaire().code(), e.circonscription());
        }
    }

    public record PersonnelJson(String identifiant, String civilite, String nom, String prenom, String sexe,
                         @JsonbProperty("date_naissance") String dateNaissance, String corps, String discipline,
                         @JsonbProperty("uai_affectation") String uaiAffectation, boolean remplacant) {
        static PersonnelJson de(Personnel p) {
            return new PersonnelJson(p.identifiant(), p.civilite().code(), p.nom(), p.prenom(),
                    p.sexe().name(), DATE.format(p.dateNaissance()), p.corps().name(), p.discipline(),
                    p.uaiAffectation(), p.remplacant());
        }
    }
}
