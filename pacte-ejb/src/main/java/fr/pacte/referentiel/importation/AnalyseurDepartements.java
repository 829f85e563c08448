package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.Ligne;
import fr.pacte.commun.tableur.Tableau;
import fr.pacte.referentiel.CodeDepartement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks the départements file ({@code code;libelle}). */
public final class AnalyseurDepartements {

    public static final String CODE = "code";
    public static final String LIBELLE = "libelle";
    public static final List<String> COLONNES = List.of(CODE, LIBELLE);

    private AnalyseurDepartements() {
    }

    public static Analyse<DepartementLigne> analyser(Tableau tableau) {
        Fichiers.verifierColonnes(tableau, COLONNES);
        Controles controles = new Controles();
        List<DepartementLigne> lignes = new ArrayList<>();
        for (Ligne ligne : tableau.lignes()) {
            int avant = controles.nombre();
            String code = ligne.valeur(CODE);
            Optional<String> erreurCode = CodeDepartement.erreur(code);
            erreurCode.ifPresent(e -> controles.signaler(ligne.numero(), CODE, e));
            if (erreurCode.isEmpty()) {
                controles.premiereOccurrence(ligne, CODE, code, "code département");
            }
            String libelle = controles.obligatoire(ligne, LIBELLE, 100);
            if (controles.nombre() == avant) {
                lignes.add(new DepartementLigne(ligne.numero(), code, libelle));
            }
        }
        return Analyse.de(lignes, Fichiers.erreurs(tableau, controles));
    }
}
