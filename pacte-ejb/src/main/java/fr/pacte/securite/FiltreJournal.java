package fr.pacte.securite;

import java.time.LocalDate;

/** Criteria of the journal's search; null means any. {@code jusqua} is inclusive (the whole day). */
public record FiltreJournal(String auteur, String objet, String objetId, String uai, String departement,
                            LocalDate depuis, LocalDate jusqua) {

    public static FiltreJournal tout() {
        return new FiltreJournal(null, null, null, null, null, null, null);
    }
}
