package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.Ligne;
import fr.pacte.commun.tableur.Tableau;
import fr.pacte.referentiel.CodeDepartement;
import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.Secteur;
import fr.pacte.referentiel.Uai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the établissements file of the académie. */
public final class AnalyseurEtablissements {

    public static final String UAI = "uai";
    public static final String NATURE = "nature";
    public static final String DENOMINATION_PRINCIPALE = "denomination_principale";
    public static final String DENOMINATION_COMPLEMENTAIRE = "denomination_complementaire";
    public static final String DEPARTEMENT = "departement";
    public static final String COMMUNE = "commune";
    public static final String SECTEUR = "secteur";
    public static final String EDUCATION_PRIORITAIRE = "education_prioritaire";
    public static final List<String> COLONNES = List.of(UAI, NATURE, DENOMINATION_PRINCIPALE,
            DENOMINATION_COMPLEMENTAIRE, DEPARTEMENT, COMMUNE, SECTEUR, EDUCATION_PRIORITAIRE);
    /** Optional (issue 15): the école's circonscription; files without the column stay valid. */
    public static final String CIRCONSCRIPTION = "circonscription";
    public static final List<String> COLONNES_FACULTATIVES = List.of(CIRCONSCRIPTION);

    private AnalyseurEtablissements() {
    }

    /** @param departementsDeLAcademie codes of the départements already known for this académie */
    public static Analyse<EtablissementLigne> analyser(Tableau tableau, Set<String> departementsDeLAcademie) {
        Fichiers.verifierColonnes(tableau, COLONNES);
        Controles controles = new Controles();
        List<EtablissementLigne> lignes = new ArrayList<>();
        for (Ligne ligne : tableau.lignes()) {
            int avant = controles.nombre();
            String uai = Uai.normaliser(ligne.valeur(UAI));
            Optional<String> erreurUai = Uai.erreur(uai);
            erreurUai.ifPresent(e -> controles.signaler(ligne.numero(), UAI, e));
            if (erreurUai.isEmpty()) {
                controles.premiereOccurrence(ligne, UAI, uai, "UAI");
            }
            Nature nature = controles.parmi(ligne, NATURE, Nature.class, "nature inconnue");
            String principale = controles.obligatoire(ligne, DENOMINATION_PRINCIPALE, 200);
            String complementaire = controles.facultatif(ligne, DENOMINATION_COMPLEMENTAIRE, 200);
            String departement = departement(ligne, erreurUai.isEmpty() ? uai : null, departementsDeLAcademie,
                    controles);
            String commune = controles.obligatoire(ligne, COMMUNE, 120);
            Secteur secteur = controles.parmi(ligne, SECTEUR, Secteur.class, "secteur inconnu");
            EducationPrioritaire ep = educationPrioritaire(ligne, controles);
            String circonscription = circonscription(ligne, nature, controles);
            if (controles.nombre() == avant) {
                lignes.add(new EtablissementLigne(ligne.numero(), uai, nature, principale, complementaire,
                        departement, commune, secteur, ep, circonscription));
            }
        }
        return Analyse.de(lignes, Fichiers.erreurs(tableau, controles));
    }

    private static String departement(Ligne ligne, String uaiValide, Set<String> academie, Controles controles) {
        String code = ligne.valeur(DEPARTEMENT);
        Optional<String> erreur = CodeDepartement.erreur(code);
        if (erreur.isPresent()) {
            controles.signaler(ligne.numero(), DEPARTEMENT, erreur.get());
        } else if (!academie.contains(code)) {
            controles.signaler(ligne.numero(), DEPARTEMENT, "département " + code + " hors de l'académie");
        } else if (uaiValide != null && !Uai.departement(uaiValide).equals(code)) {
            controles.signaler(ligne.numero(), DEPARTEMENT, "département " + code + " différent de celui de l'UAI "
                    + uaiValide + " (" + Uai.departement(uaiValide) + ")");
        }
        return code;
    }

    /** Only écoles belong to a circonscription (the IEN's scope); the second degré has none. */
    private static String circonscription(Ligne ligne, Nature nature, Controles controles) {
        String code = ligne.valeur(CIRCONSCRIPTION).toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        if (!code.matches("[0-9A-Z]{3,10}")) {
            controles.signaler(ligne.numero(), CIRCONSCRIPTION, "code de circonscription invalide : "
                    + Controles.extrait(code) + " (3 à 10 chiffres ou lettres)");
        } else if (nature != null && nature != Nature.ECOLE) {
            controles.signaler(ligne.numero(), CIRCONSCRIPTION, "circonscription " + code
                    + " pour un établissement de nature " + nature + " : seules les écoles relèvent d'une circonscription");
        }
        return code;
    }

    private static EducationPrioritaire educationPrioritaire(Ligne ligne, Controles controles) {
        String v = ligne.valeur(EDUCATION_PRIORITAIRE);
        Optional<EducationPrioritaire> ep = EducationPrioritaire.depuisCode(v);
        if (ep.isEmpty()) {
            controles.signaler(ligne.numero(), EDUCATION_PRIORITAIRE, "éducation prioritaire inconnue : "
                    + Controles.extrait(v) + " (valeurs admises : vide, REP, REP+)");
        }
        return ep.orElse(null);
    }
}
