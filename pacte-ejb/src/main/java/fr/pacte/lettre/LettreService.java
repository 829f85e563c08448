package fr.pacte.lettre;

import fr.pacte.attribution.AttributionVue;

import java.io.OutputStream;
import java.util.List;

/**
 * Facade of the lettre module: lists, PDF, lifecycle (brouillon → signée par le chef →
 * acceptée), avenants. Every call applies the caller's scope: rectorat → académie, DASEN → département (read only),
 * chef → his établissement, PERSONNEL → his own letters.
 */
public interface LettreService {

    List<LettreVue> lettres(String anneeScolaire, String uai);

    /** The caller's own letters (PERSONNEL). */
    List<LettreVue> mesLettres();

    /** The caller's own active attributions (PERSONNEL), every campaign. */
    List<AttributionVue> mesMissions();

    List<VersionLettre> versions(String anneeScolaire, String uai, String identifiant);

    /**
     * Writes the PDF of a version ({@code numero} null: the current one) to {@code sortie}.
     * @throws fr.pacte.securite.AccesRefuseException outside the caller's scope
     * @throws LettreIntrouvableException if there is no such letter or version
     */
    void pdf(String anneeScolaire, String uai, String identifiant, Integer numero, OutputStream sortie);

    /** The chef signs the current version; its content is frozen. */
    VersionLettre signer(String anneeScolaire, String uai, String identifiant);

    /** The agent accepts his signed letter, or the chef records his acceptance. */
    VersionLettre accepter(String anneeScolaire, String uai, String identifiant);
}
