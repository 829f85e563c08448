package fr.pacte.database.demo;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generators alone, without a database. */
class GenerateursTest {

    @Test
    void laCleDUaiEstCelleDesExemplesOfficiels() {
        assertEquals('D', Uai.cle("0750654"));
        assertEquals('E', Uai.cle("0750655"));
        assertEquals('D', Uai.cle("0690026"));
        assertTrue(Uai.valide("0750654D"));
        assertFalse(Uai.valide("0750654E"));
        assertFalse(Uai.valide("075065D"));
    }

    @Test
    void laRechercheEstEnMinusculesSansAccents() {
        assertEquals("n'diaye helene 07e0000000abc", Recherche.de("N'Diaye", "Hélène", "07E0000000ABC"));
        assertEquals("college jean-jaures echirolles 0380001x",
                Recherche.de("Collège Jean-Jaurès", "", "Échirolles", "0380001X"));
    }

    @Test
    void uneToutePetiteAcademieGardeSesSixNaturesSesCinqDepartementsEtSesComptes() {
        for (int nombre = 6; nombre <= 12; nombre++) {
            Random random = new Random(2025);
            List<Etablissement> etablissements = new GenerateurEtablissements(random,
                    Listes.lire("/demo/etablissements.txt")).generer(nombre);
            assertEquals(nombre, etablissements.size());
            assertEquals(EnumSet.allOf(Nature.class),
                    etablissements.stream().map(Etablissement::nature)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Nature.class))));
            assertEquals(EnumSet.allOf(Departement.class), etablissements.stream().map(Etablissement::departement)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Departement.class))));
            assertEquals(8, Compte.demo(etablissements).size(), "rectorat, 3 DASEN, the IEN of a circonscription, 2 chefs, analyste");
            List<Personnel> personnels = new GenerateurPersonnels(random, Listes.lire("/demo/noms.txt"),
                    Listes.lire("/demo/carrieres.txt")).generer(etablissements, 37);
            assertEquals(37, personnels.size());
        }
    }

    @Test
    void uneTailleHorsLimitesEstRefusee() {
        assertThrows(IllegalArgumentException.class, () -> new Taille(5, 100));
        assertThrows(IllegalArgumentException.class, () -> new Taille(320, -1));
    }
}
