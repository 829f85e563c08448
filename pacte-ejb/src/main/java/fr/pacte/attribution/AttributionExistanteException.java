package fr.pacte.attribution;

import fr.pacte.commun.FormatDate;

import fr.pacte.commun.ConflitException;

/**
 * The natural key (personnel, établissement, campaign, mission, dispositif, modality, dates) is already attributed
 * with other parts or another rate: the request is not a repeat of it, and it is not a second attribution either.
 */
public class AttributionExistanteException extends ConflitException {

    AttributionExistanteException(AttributionVue existante) {
        super("Attribution déjà enregistrée (n° " + existante.id() + ") pour " + existante.identifiant() + ", la mission "
                + existante.codeMission() + " du " + FormatDate.court(existante.dateDebut()) + " au "
                + FormatDate.court(existante.dateFin()) + " avec " + contenu(existante)
                + " : annulez-la avant d'en enregistrer une autre pour les mêmes dates.", existante);
    }

    /** A duplicate written by a concurrent identical request, seen only by PostgreSQL's unique index. */
    AttributionExistanteException(NouvelleAttribution a) {
        super("Attribution déjà enregistrée à l'instant pour " + a.identifiant() + ", la mission " + a.codeMission()
                + " aux mêmes dates (requête concurrente) : relisez les attributions de l'établissement.", null);
    }

    private static String contenu(AttributionVue a) {
        return a.tauxImp() != null ? "le taux " + a.tauxImp() : a.parts().stripTrailingZeros().toPlainString() + " part(s)";
    }
}
