package fr.pacte.lettre;

import fr.pacte.commun.Refus;

/** No letter (or no such version) for this personnel, établissement and campaign. Entry points answer 404. */
public class LettreIntrouvableException extends Refus {

    public LettreIntrouvableException(String message) {
        super(Motif.INTROUVABLE, null, message);
    }
}
