package fr.pacte.referentiel.importation;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.Secteur;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static fr.pacte.referentiel.importation.Fichier.csv;
import static fr.pacte.referentiel.importation.Fichier.enClair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyseurEtablissementsTest {

    private static final String ENTETE = "uai;nature;denomination_principale;denomination_complementaire;departement;"
            + "commune;secteur;education_prioritaire";
    private static final Set<String> ACADEMIE = Set.of("075", "069", "077");

    @Test
    void fichierValide() {
        Analyse<EtablissementLigne> analyse = AnalyseurEtablissements.analyser(csv(AnalyseurEtablissements.COLONNES,
                ENTETE,
                "0750654D;LYC;Lycée Henri-IV;;075;Paris;PU;",
                "0690026d;clg;\"Collège \"\"Jean Moulin\"\"\";Cité scolaire;069;Lyon;pr;REP+",
                "0770001H;ECOLE;École du Centre;;077;Meaux;PU;rep"), ACADEMIE);

        assertTrue(analyse.valide(), () -> enClair(analyse.erreurs()).toString());
        assertEquals(List.of(
                new EtablissementLigne(2, "0750654D", Nature.LYC, "Lycée Henri-IV", "", "075", "Paris",
                        Secteur.PU, EducationPrioritaire.HORS_EP),
                new EtablissementLigne(3, "0690026D", Nature.CLG, "Collège \"Jean Moulin\"", "Cité scolaire", "069",
                        "Lyon", Secteur.PR, EducationPrioritaire.REP_PLUS),
                new EtablissementLigne(4, "0770001H", Nature.ECOLE, "École du Centre", "", "077", "Meaux",
                        Secteur.PU, EducationPrioritaire.REP)), analyse.lignes());
    }

    @Test
    void toutesLesErreursAvecLeurLigneEtLeurColonne() {
        Analyse<EtablissementLigne> analyse = AnalyseurEtablissements.analyser(csv(AnalyseurEtablissements.COLONNES,
                ENTETE,
                "0750654A;COL;Lycée Henri-IV;;075;Paris;PU;",
                "0690026D;CLG;Collège Jean Moulin;;042;Lyon;PUB;",
                "0750655E;LP;Lycée professionnel;;069;;PU;REP++",
                "0690026D;CLG;;;069;Lyon;PU;",
                "0750001U;LPO;" + "Z".repeat(201) + ";;75;Paris;PR;"), ACADEMIE);

        assertEquals(List.of(
                "ligne 2, colonne uai : clé UAI incorrecte : 0750654A (lettre attendue D)",
                "ligne 2, colonne nature : nature inconnue : COL (valeurs admises : ECOLE, CLG, LYC, LP, LPO, EREA)",
                "ligne 3, colonne departement : département 042 hors de l'académie",
                "ligne 3, colonne secteur : secteur inconnu : PUB (valeurs admises : PU, PR)",
                "ligne 4, colonne departement : département 069 différent de celui de l'UAI 0750655E (075)",
                "ligne 4, colonne commune : valeur obligatoire absente",
                "ligne 4, colonne education_prioritaire : éducation prioritaire inconnue : REP++"
                        + " (valeurs admises : vide, REP, REP+)",
                "ligne 5, colonne uai : UAI en double : 0690026D (déjà à la ligne 3)",
                "ligne 5, colonne denomination_principale : valeur obligatoire absente",
                "ligne 6, colonne denomination_principale : texte trop long : 201 caractères pour 200 au maximum ("
                        + "Z".repeat(60) + "…)",
                "ligne 6, colonne departement : code département incorrect : 75 (3 chiffres attendus, par exemple"
                        + " 075 ; un tableur supprime parfois le zéro initial)"),
                enClair(analyse.erreurs()));
        assertEquals(List.of(), analyse.lignes());
    }
}
