package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.LecteurTableau;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static fr.pacte.referentiel.importation.Fichier.enClair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional circonscription column of the établissements file (issue 15: IEN scoped to a circonscription). */
class CirconscriptionImportTest {

    private static final String ENTETE = "uai;nature;denomination_principale;denomination_complementaire;departement;"
            + "commune;secteur;education_prioritaire";

    private static Analyse<EtablissementLigne> analyser(String... lignes) {
        String texte = String.join("\r\n", lignes) + "\r\n";
        return AnalyseurEtablissements.analyser(LecteurTableau.lire(texte.getBytes(StandardCharsets.UTF_8), "e.csv",
                AnalyseurEtablissements.COLONNES, AnalyseurEtablissements.COLONNES_FACULTATIVES), Set.of("084"));
    }

    @Test
    void une_ecole_porte_sa_circonscription_un_ancien_fichier_reste_valide() {
        Analyse<EtablissementLigne> avec = analyser(ENTETE + ";circonscription", "0849001C;ECOLE;École;;084;Apt;PU;;084ap1",
                "0849003E;CLG;Collège;;084;Apt;PU;;");
        assertTrue(avec.valide(), () -> enClair(avec.erreurs()).toString());
        assertEquals("084AP1", avec.lignes().get(0).circonscription());
        assertNull(avec.lignes().get(1).circonscription());
        Analyse<EtablissementLigne> sans = analyser(ENTETE, "0849001C;ECOLE;École;;084;Apt;PU;");
        assertTrue(sans.valide(), () -> enClair(sans.erreurs()).toString());
    }

    @Test
    void seules_les_ecoles_relevent_d_une_circonscription() {
        Analyse<EtablissementLigne> a = analyser(ENTETE + ";circonscription", "0849003E;CLG;Collège;;084;Apt;PU;;084AP1",
                "0849001C;ECOLE;École;;084;Apt;PU;;AP-1");
        assertEquals(List.of("ligne 2, colonne circonscription : circonscription 084AP1 pour un établissement de nature CLG :"
                        + " seules les écoles relèvent d'une circonscription",
                "ligne 3, colonne circonscription : code de circonscription invalide : AP-1 (3 à 10 chiffres ou lettres)"),
                enClair(a.erreurs()));
    }
}
