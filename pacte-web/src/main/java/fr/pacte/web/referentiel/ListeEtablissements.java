package fr.pacte.web.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.FiltreEtablissements;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.rapport.LigneEtablissementRapport;
import fr.pacte.rapport.RapportsPacte;

import java.util.ArrayList;
import java.util.List;

/** The whole filtered list of établissements, for the PDF of the screen and of the API (a report needs it whole). */
public final class ListeEtablissements {

    private ListeEtablissements() {
    }

    /** Read page by page so that no single query grows unbounded; the caller's scope applies (service). */
    public static List<Etablissement> toutes(ReferentielService referentiel, FiltreEtablissements filtre) {
        List<Etablissement> tous = new ArrayList<>();
        Page<Etablissement> page;
        int numero = 0;
        do {
            page = referentiel.etablissements(filtre, numero++, Page.TAILLE_MAX);
            tous.addAll(page.elements());
        } while (!page.elements().isEmpty() && tous.size() < page.total());
        return tous;
    }

    public static byte[] pdf(List<Etablissement> etablissements, String sousTitre) {
        List<LigneEtablissementRapport> lignes = etablissements.stream()
                .map(e -> new LigneEtablissementRapport(e.uai(), e.nature().libelle(), e.denomination(),
                        e.commune(), e.departement(), e.secteur().libelle(), e.educationPrioritaire().code()))
                .toList();
        return new RapportsPacte().listeEtablissementsPdf(sousTitre, lignes);
    }
}
