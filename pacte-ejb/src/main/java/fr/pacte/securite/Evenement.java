package fr.pacte.securite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change to journal: what was done to which object, its scope, the values before and after (records, maps or
 * plain values, written as JSON; null when the object did not exist before or no longer exists after) and the
 * reason given. The author and the time are the journal's own: the caller and the moment of the write.
 *
 * @param action   what was done, e.g. {@code ENVELOPPE_MODIFIEE}
 * @param objet    kind of object, e.g. {@code ENVELOPPE}
 * @param objetId  which one: its id or natural key
 * @param uai      établissement concerned, if any (its département is derived from it when not given)
 */
public record Evenement(String action, String objet, String objetId, String annee, String departement, String uai,
                        Object avant, Object apres, String motif) {

    public Evenement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objet, "objet");
    }

    /** A change of an object of an établissement. */
    public static Evenement etablissement(String action, String objet, Object objetId, String annee, String uai,
                                          Object avant, Object apres, String motif) {
        return new Evenement(action, objet, objetId == null ? null : objetId.toString(), annee, null, uai, avant, apres, motif);
    }

    /** A change at the level of the académie or of a département (allocation, reserve, campaign, import…). */
    public static Evenement academie(String action, String objet, Object objetId, String annee, String departement,
                                     Object avant, Object apres, String motif) {
        return new Evenement(action, objet, objetId == null ? null : objetId.toString(), annee, departement, null, avant, apres, motif);
    }

    /** An import, accepted or refused: its kind, file name and counts (the errors themselves stay in the answer). */
    public static Evenement importation(fr.pacte.commun.RapportImport r, String annee) {
        return new Evenement(r.accepte() ? "IMPORT_ACCEPTE" : "IMPORT_REFUSE", "IMPORT", r.nature(), annee, null, null,
                null, valeurs("fichier", r.nomFichier(), "crees", r.crees(), "modifies", r.modifies(),
                "inchanges", r.inchanges(), "erreurs", r.erreurs().size()), null);
    }

    /** Before/after values as a small ordered map: {@code valeurs("parts", 3, "imp", 1, "version", 4)}. */
    public static Map<String, Object> valeurs(Object... clesValeurs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < clesValeurs.length; i += 2) {
            m.put((String) clesValeurs[i], clesValeurs[i + 1]);
        }
        return m;
    }
}
