package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.ErreurImport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.pacte.referentiel.importation.Fichier.csv;
import static fr.pacte.referentiel.importation.Fichier.enClair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyseurDepartementsTest {

    @Test
    void fichierValide() {
        Analyse<DepartementLigne> analyse = AnalyseurDepartements.analyser(csv(AnalyseurDepartements.COLONNES,
                "code;libelle",
                "075;Paris",
                "620;  Corse-du-Sud ",
                "976;\"Mayotte\r\n(Mahoré)\"",
                "077;<script>alert('Seine-et-Marne')</script>"));

        assertTrue(analyse.valide());
        assertEquals(List.of(
                new DepartementLigne(2, "075", "Paris"),
                new DepartementLigne(3, "620", "Corse-du-Sud"),
                new DepartementLigne(4, "976", "Mayotte (Mahoré)"),
                new DepartementLigne(6, "077", "<script>alert('Seine-et-Marne')</script>")), analyse.lignes());
    }

    @Test
    void toutesLesErreursAvecLeurLigneEtLeurColonne() {
        Analyse<DepartementLigne> analyse = AnalyseurDepartements.analyser(csv(AnalyseurDepartements.COLONNES,
                "code;libelle",
                "075;Paris",
                "020;\"Corse\r\n(ancien code)\"",
                ";Sans code",
                "",
                "077;",
                "075;Paris bis",
                "078;" + "Y".repeat(101)));

        assertFalse(analyse.valide());
        assertEquals(List.of(), analyse.lignes());
        assertEquals(List.of(
                "ligne 3, colonne code : code département incorrect : 020 (la Corse s'écrit 620 pour la Corse-du-Sud"
                        + " et 720 pour la Haute-Corse)",
                "ligne 5, colonne code : code département absent",
                "ligne 7, colonne libelle : valeur obligatoire absente",
                "ligne 8, colonne code : code département en double : 075 (déjà à la ligne 2)",
                "ligne 9, colonne libelle : texte trop long : 101 caractères pour 100 au maximum ("
                        + "Y".repeat(60) + "…)"),
                enClair(analyse.erreurs()));
        assertEquals(new ErreurImport(8, "code", "code département en double : 075 (déjà à la ligne 2)"),
                analyse.erreurs().get(3));
    }
}
