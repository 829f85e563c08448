package fr.pacte.attribution;

/** A rule an attribution breaks: the field concerned and the rule, in French. */
public record ErreurAttribution(String champ, String regle) {
}
