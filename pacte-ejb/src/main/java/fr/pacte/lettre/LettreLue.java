package fr.pacte.lettre;

/** The content of a letter read for rendering, with whose letter it is (the ZIP names the file after him). */
public record LettreLue(String uai, String identifiant, fr.pacte.rapport.LettreDeMission contenu, int nombreMissions) {
}
