package fr.pacte.referentiel;

import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.commun.tableur.Ligne;
import fr.pacte.referentiel.importation.AnalyseurPersonnels;
import fr.pacte.referentiel.importation.AnalyseurPersonnels.ControlesCroises;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The personnels file streamed (issue 19, point 2): each line checked on its own as it is read and copied into the
 * staging table, the checks across lines made there by set queries, then one upsert — the same messages, the same
 * all-or-nothing, without the file, its lines or their entities in memory.
 */
@ApplicationScoped
public class ImportPersonnels {

    /** The cross-line checks are left to the staging table's set queries. */
    private static final ControlesCroises APRES_COPIE = new ControlesCroises() {
        @Override
        public void identifiant(Ligne ligne, String identifiant, Controles controles) {
            // duplicate identifiants: ChargementPersonnels
        }

        @Override
        public void affectation(Ligne ligne, String uai, Controles controles) {
            // unknown établissements: ChargementPersonnels
        }
    };

    @Inject
    private ChargementPersonnels chargement;

    /** @param fichier the upload, left by {@link LecteurTableau#deposer} */
    public RapportImport importer(String nom, Path fichier) {
        Controles controles = new Controles();
        LocalDate aujourdhui = LocalDate.now();
        ChargementPersonnels.Bilan bilan = chargement.charger(copie -> LecteurTableau.parcourir(fichier, nom,
                        AnalyseurPersonnels.COLONNES, AnalyseurPersonnels.COLONNES_FACULTATIVES,
                        ligne -> copie.accept(AnalyseurPersonnels.lire(ligne, aujourdhui, controles, APRES_COPIE))),
                () -> controles.nombre() == 0, Controles.MAX_ERREURS_DETAILLEES);
        if (!bilan.fusionne()) {
            return RapportImport.refuse(TypeImport.PERSONNELS.chemin(), nom, erreurs(controles, bilan));
        }
        return new RapportImport(TypeImport.PERSONNELS.chemin(), nom, true, bilan.crees(), bilan.modifies(),
                bilan.lignes() - bilan.crees() - bilan.modifies(), List.of());
    }

    /**
     * Both kinds of errors in the order the whole-file analysis gives them: by line, then by column of the file's
     * format (a column never has both kinds: a malformed key is not looked up), detailed up to the same maximum.
     */
    /** Position of a column in the file's format, the optional ones last; -1 for an error of the whole line. */
    private static int ordre(String colonne) {
        int i = AnalyseurPersonnels.COLONNES.indexOf(colonne);
        int f = AnalyseurPersonnels.COLONNES_FACULTATIVES.indexOf(colonne);
        return i >= 0 || f < 0 ? i : AnalyseurPersonnels.COLONNES.size() + f;
    }

    static List<ErreurImport> erreurs(Controles controles, ChargementPersonnels.Bilan bilan) {
        List<ErreurImport> toutes = new ArrayList<>(controles.erreurs());
        for (ChargementPersonnels.Croisement c : bilan.croisements()) {
            toutes.add(new ErreurImport(c.ligne(), c.colonne(), c.premiere() != null
                    ? "identifiant en double : " + Controles.extrait(c.valeur()) + " (déjà à la ligne " + c.premiere() + ")"
                    : "affectation inconnue : UAI " + c.valeur()));
        }
        toutes.sort(Comparator.comparing((ErreurImport e) -> e.ligne() == null ? 0 : e.ligne())
                .thenComparing(e -> ordre(e.colonne())));
        int enTout = controles.nombre() + bilan.nombreCroisements();
        int max = Controles.MAX_ERREURS_DETAILLEES;
        if (toutes.size() <= max && enTout == toutes.size()) {
            return toutes;
        }
        List<ErreurImport> detaillees = new ArrayList<>(toutes.subList(0, Math.min(max, toutes.size())));
        detaillees.removeIf(e -> e.colonne() == null && e.regle().startsWith("… et "));
        ErreurImport suivante = toutes.size() > detaillees.size() ? toutes.get(detaillees.size()) : null;
        detaillees.add(new ErreurImport(suivante == null ? null : suivante.ligne(), null,
                "… et " + (enTout - detaillees.size()) + " autre(s) erreur(s) non détaillée(s) à partir de cette ligne"));
        return detaillees;
    }
}
