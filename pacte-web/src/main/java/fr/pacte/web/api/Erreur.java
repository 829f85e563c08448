package fr.pacte.web.api;

/** JSON body of a refused API call. */
public record Erreur(String erreur) {
}
