package fr.pacte.rapport;

/**
 * Objet, textes de référence, rémunération et titre du signataire d'une lettre de mission, choisis d'après ce
 * qu'elle contient et la nature de l'établissement (seed 000 : BO n° 30 du 27 juillet 2023, lettre « pour la part
 * fonctionnelle de l'ISOE » ; seed 003 : IMP des décrets n° 2015-475, second degré, et n° 2017-965, premier degré ;
 * ISAE du décret n° 2013-790 dans le premier degré). Règle pure : ni base, ni serveur.
 */
public record TextesLettre(String objet, String reference, String remuneration, String titreSignataire) {

    static final String ISOE = "décret n° 93-55 du 15 janvier 1993 modifié et à l'arrêté du 15 janvier 1993 modifié";
    static final String ISAE = "décret n° 2013-790 du 30 août 2013 modifié et à l'arrêté du 30 août 2013 modifié";
    static final String IMP_SECOND_DEGRE = "décret n° 2015-475 du 27 avril 2015";
    static final String IMP_PREMIER_DEGRE = "décret n° 2017-965 du 10 mai 2017";

    /**
     * @param ecole    l'établissement est une école (premier degré) : ISAE, « Le directeur d'école »
     * @param avecPacte la lettre porte au moins une mission du Pacte (part fonctionnelle)
     * @param avecImp  la lettre porte au moins une IMP
     */
    public static TextesLettre pour(boolean ecole, boolean avecPacte, boolean avecImp) {
        String indemnite = ecole ? "ISAE" : "ISOE";
        String decretImp = ecole ? IMP_PREMIER_DEGRE : IMP_SECOND_DEGRE;
        String titre = ecole ? "Le directeur d'école" : "Le chef d'établissement";
        if (avecImp && !avecPacte) {
            return new TextesLettre("LETTRE DE MISSION POUR DES MISSIONS PARTICULIÈRES (IMP)", decretImp,
                    "La rémunération en sera assurée par l'indemnité pour mission particulière (IMP).", titre);
        }
        String part = "part(s) fonctionnelle(s) de l'" + (ecole
                ? "indemnité de suivi et d'accompagnement des élèves (ISAE)"
                : "indemnité de suivi et d'orientation des élèves (ISOE)");
        String remuneration = "La rémunération en sera assurée à travers l'attribution d'une ou de plusieurs " + part
                + (avecImp ? " et, pour les missions particulières, par l'indemnité pour mission particulière (IMP)."
                : ".");
        String reference = ecole ? ISAE : ISOE;
        if (avecImp) {
            return new TextesLettre("LETTRE DE MISSION POUR LA PART FONCTIONNELLE DE L'" + indemnite
                    + " ET DES MISSIONS PARTICULIÈRES (IMP)",
                    reference + " ; pour les missions particulières, au " + decretImp, remuneration, titre);
        }
        return new TextesLettre("LETTRE DE MISSION POUR LA PART FONCTIONNELLE DE L'" + indemnite, reference,
                remuneration, titre);
    }

    /** D'après le contenu d'une lettre : le sigle « EC » est celui d'une école. */
    public static TextesLettre de(LettreDeMission lettre) {
        return pour("EC".equals(lettre.sigle()), !lettre.missionsPacte().isEmpty(), !lettre.missionsImp().isEmpty());
    }
}
