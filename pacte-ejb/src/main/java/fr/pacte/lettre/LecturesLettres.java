package fr.pacte.lettre;

import java.util.List;
import java.util.stream.Stream;

/**
 * Set-based reads of the letters: their list, and their contents for rendering, one streamed query joining the
 * attributions to the référentiel (établissement, personnel, catalogue, IMP rates) and the current version: no query
 * per letter, whatever the number of letters.
 */
public interface LecturesLettres {

    /** The département of an établissement, null if the UAI is unknown. */
    String departement(String uai);

    /** Current letters of an établissement for a campaign, by name. */
    List<LettreVue> lettres(String anneeScolaire, String uai);

    /** Current letters of an agent, every campaign and établissement. */
    List<LettreVue> lettresDe(String identifiant);

    /**
     * Contents as they print now: the frozen content of a signed or accepted current version, the attributions of a
     * brouillon. The stream holds a database cursor: close it.
     */
    Stream<LettreLue> contenus(CritereLettres critere);

    long compter(CritereLettres critere);
}
