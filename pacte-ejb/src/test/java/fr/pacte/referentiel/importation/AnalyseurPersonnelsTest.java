package fr.pacte.referentiel.importation;

import fr.pacte.referentiel.Civilite;
import fr.pacte.referentiel.Corps;
import fr.pacte.referentiel.Sexe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fr.pacte.referentiel.importation.Fichier.csv;
import static fr.pacte.referentiel.importation.Fichier.enClair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyseurPersonnelsTest {

    private static final String ENTETE =
            "identifiant;civilite;nom;prenom;sexe;date_naissance;corps;discipline;uai_affectation";
    private static final Set<String> UAIS = Set.of("0750654D", "0690026D");
    private static final LocalDate RENTREE = LocalDate.of(2025, 9, 1);

    @Test
    void fichierValideAvecLesAgesLimites() {
        Analyse<PersonnelLigne> analyse = AnalyseurPersonnels.analyser(csv(AnalyseurPersonnels.COLONNES,
                ENTETE,
                "AB123;Mme;N'Diaye;Aïssatou;F;01/09/2007;CERTIFIE;Lettres modernes;0750654D",
                "X9;M.;Le Gall-Hébert;Jean-François;m;01/09/1950;plp;;0690026d",
                "Z1;Mme;<script>alert(1)</script>;=cmd|' /C calc'!A0;F;29/02/1980;PE;\"'; DROP TABLE x;--\";0750654D"),
                UAIS, RENTREE);

        assertTrue(analyse.valide(), () -> enClair(analyse.erreurs()).toString());
        assertEquals(List.of(
                new PersonnelLigne(2, "AB123", Civilite.MME, "N'Diaye", "Aïssatou", Sexe.F, LocalDate.of(2007, 9, 1),
                        Corps.CERTIFIE, "Lettres modernes", "0750654D", null),
                new PersonnelLigne(3, "X9", Civilite.M, "Le Gall-Hébert", "Jean-François", Sexe.M,
                        LocalDate.of(1950, 9, 1), Corps.PLP, "", "0690026D", null),
                new PersonnelLigne(4, "Z1", Civilite.MME, "<script>alert(1)</script>", "=cmd|' /C calc'!A0", Sexe.F,
                        LocalDate.of(1980, 2, 29), Corps.PE, "'; DROP TABLE x;--", "0750654D", null)),
                analyse.lignes());
    }

    /** V35: who replaces (TZR, contractuel remplaçant) leaves the DEPP's population; older files omit the column. */
    @Test
    void laColonneFacultativeRemplacant() {
        Analyse<PersonnelLigne> analyse = avecRemplacant(
                "AB123;Mme;N'Diaye;Aïssatou;F;01/09/1980;CERTIFIE;Anglais;0750654D;O",
                "AB124;Mme;Roy;Anne;F;01/09/1980;CERTIFIE;Anglais;0750654D;non",
                "AB125;Mme;Roy;Lise;F;01/09/1980;CERTIFIE;Anglais;0750654D;");
        assertEquals(List.of(true, false, false), analyse.lignes().stream().map(PersonnelLigne::remplacant).toList());
        Analyse<PersonnelLigne> refus = avecRemplacant("AB123;Mme;N'Diaye;Aïssatou;F;01/09/1980;CERTIFIE;Anglais;0750654D;O",
                "AB126;M.;Roy;Paul;M;01/09/1980;CERTIFIE;Anglais;0750654D;peut-être");
        assertEquals(List.of("ligne 3, colonne remplacant : valeur inconnue : peut-être (valeurs admises : O si la "
                + "personne est remplaçante, N ou vide sinon)"), enClair(refus.erreurs()));
    }

    private static Analyse<PersonnelLigne> avecRemplacant(String... lignes) {
        String texte = ENTETE + ";remplacant\r\n" + String.join("\r\n", lignes) + "\r\n";
        return AnalyseurPersonnels.analyser(fr.pacte.commun.tableur.LecteurTableau.lire(
                texte.getBytes(java.nio.charset.StandardCharsets.UTF_8), "import.csv", AnalyseurPersonnels.COLONNES,
                AnalyseurPersonnels.COLONNES_FACULTATIVES), UAIS, RENTREE);
    }

    @Test
    void toutesLesErreursAvecLeurLigneEtLeurColonne() {
        Analyse<PersonnelLigne> analyse = AnalyseurPersonnels.analyser(csv(AnalyseurPersonnels.COLONNES,
                ENTETE,
                "AB-12;Mr;Martin;Paul;M;01/01/1980;CERTIFIE;;0750654D",
                "CD34;Mme;Durand;Anne;F;31/02/1980;PROF;Anglais;0750654D",
                "EF56;Mme;Petit;Léa;H;02/09/2007;PE;;0750655E",
                "CD34;M.;;Luc;M;1980-01-01;CPE;;0690026D",
                "A".repeat(21) + ";M.;Roux;" + "B".repeat(101) + ";M;31/08/1949;PSYEN;;07506540"),
                UAIS, RENTREE);

        assertEquals(List.of(
                "ligne 2, colonne identifiant : identifiant incorrect : AB-12 (1 à 20 lettres sans accent ou chiffres,"
                        + " sans espace)",
                "ligne 2, colonne civilite : civilité inconnue : Mr (valeurs admises : M., Mme)",
                "ligne 3, colonne date_naissance : date impossible : 31/02/1980",
                "ligne 3, colonne corps : corps inconnu : PROF (valeurs admises : AGREGE, CERTIFIE, PLP, PEPS, PE, CPE,"
                        + " PSYEN, CONTRACTUEL)",
                "ligne 4, colonne sexe : sexe inconnu : H (valeurs admises : F, M)",
                "ligne 4, colonne date_naissance : date de naissance invraisemblable : 02/09/2007 (17 ans au"
                        + " 01/09/2025) ; âge attendu entre 18 et 75 ans",
                "ligne 4, colonne uai_affectation : affectation inconnue : UAI 0750655E",
                "ligne 5, colonne identifiant : identifiant en double : CD34 (déjà à la ligne 3)",
                "ligne 5, colonne nom : valeur obligatoire absente",
                "ligne 5, colonne date_naissance : date incorrecte : 1980-01-01 (format attendu jj/mm/aaaa)",
                "ligne 6, colonne identifiant : identifiant incorrect : " + "A".repeat(21)
                        + " (1 à 20 lettres sans accent ou chiffres, sans espace)",
                "ligne 6, colonne prenom : texte trop long : 101 caractères pour 100 au maximum ("
                        + "B".repeat(60) + "…)",
                "ligne 6, colonne date_naissance : date de naissance invraisemblable : 31/08/1949 (76 ans au"
                        + " 01/09/2025) ; âge attendu entre 18 et 75 ans",
                "ligne 6, colonne uai_affectation : UAI incorrect : 07506540 (7 chiffres suivis d'une lettre attendus)"),
                enClair(analyse.erreurs()));
        assertEquals(List.of(), analyse.lignes());
    }

    @Test
    void dateFutureInvraisemblable() {
        Analyse<PersonnelLigne> analyse = AnalyseurPersonnels.analyser(csv(AnalyseurPersonnels.COLONNES,
                ENTETE, "A1;M.;Martin;Paul;M;01/01/2030;PE;;0750654D"), UAIS, RENTREE);

        assertEquals(List.of("ligne 2, colonne date_naissance : date de naissance invraisemblable : 01/01/2030"
                + " (date future) ; âge attendu entre 18 et 75 ans"), enClair(analyse.erreurs()));
    }
}
