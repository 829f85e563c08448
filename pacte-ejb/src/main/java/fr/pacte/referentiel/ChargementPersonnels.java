package fr.pacte.referentiel;

import fr.pacte.referentiel.importation.PersonnelLigne;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The personnels file loaded by {@code COPY} into a staging table of the transaction, checked across lines by set
 * queries (an identifiant seen earlier in the file, an unknown établissement), then merged by one upsert whose
 * {@code RETURNING} counts what it created and changed.
 */
public interface ChargementPersonnels {

    /** Hands every line of the file to the copy, in file order; may throw to refuse the file (nothing is merged). */
    @FunctionalInterface
    interface Alimentation {
        void alimenter(Consumer<PersonnelLigne> copie);
    }

    /**
     * A check failed across lines.
     *
     * @param colonne  {@code identifiant} (already at line {@code premiere}) or {@code uai_affectation} (unknown)
     */
    record Croisement(int ligne, String colonne, String valeur, Integer premiere) {
    }

    /**
     * @param croisements the first {@code maximum} failures, by line
     * @param nombreCroisements all of them
     * @param fusionne    whether the lines were merged (no error at all)
     */
    record Bilan(List<Croisement> croisements, int nombreCroisements, boolean fusionne, int lignes, int crees,
                 int modifies) {
    }

    /**
     * @param alimentation    writes the lines; a line's own values in error are null (or the malformed key as read)
     * @param sansErreurPropre asked after the copy: whether the lines' own checks all passed
     * @param maximum          most failures to detail
     */
    Bilan charger(Alimentation alimentation, BooleanSupplier sansErreurPropre, int maximum);
}
