package fr.pacte.database.demo;

import org.mindrot.jbcrypt.BCrypt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A row of securite.compte and the demonstration accounts: one per role, all with the same password. */
record Compte(String login, String role, String departementCode, String uai, String nomAffiche, String perimetre,
              String circonscription) {

    Compte(String login, String role, String departementCode, String uai, String nomAffiche, String perimetre) {
        this(login, role, departementCode, uai, nomAffiche, perimetre, null);
    }

    static final String MOT_DE_PASSE = "pacte2025";
    static final String CIRCONSCRIPTION_IEN = Departement.ISERE.code + "C1";
    private static final int COUT_BCRYPT = 10;

    String hash() {
        return BCrypt.hashpw(MOT_DE_PASSE, BCrypt.gensalt(COUT_BCRYPT));
    }

    CompteDemo demo() {
        return new CompteDemo(login, MOT_DE_PASSE, role, perimetre);
    }

    static List<Compte> demo(List<Etablissement> etablissements) {
        List<Compte> comptes = new ArrayList<>();
        comptes.add(new Compte("rectorat", "RECTORAT", null, null, "Gestionnaire académique DPE", "Académie"));
        for (Departement d : List.of(Departement.ISERE, Departement.SAVOIE, Departement.HAUTE_SAVOIE)) {
            comptes.add(new Compte("dasen." + d.code, "DASEN", d.code, null,
                    "Directeur académique " + d.complement + " (DASEN)", d.perimetre()));
        }
        // the écoles of the first circonscription of the Isère (Ecriture gives each département's écoles three)
        comptes.add(new Compte("ien." + CIRCONSCRIPTION_IEN.toLowerCase(Locale.ROOT), "IEN", null, null,
                "Inspecteur de l'éducation nationale, circonscription " + CIRCONSCRIPTION_IEN + " (IEN)",
                "Circonscription " + CIRCONSCRIPTION_IEN + " " + Departement.ISERE.complement + " (écoles)",
                CIRCONSCRIPTION_IEN));
        comptes.add(chef(premier(etablissements, Nature.LP, Departement.ISERE, ""), "Proviseur du "));
        comptes.add(chef(premier(etablissements, Nature.CLG, Departement.SAVOIE, "REP+"), "Principale du "));
        comptes.add(new Compte("analyste", "ANALYSTE", null, null, "Analyste statistique (DEPP)", "Académie"));
        return comptes;
    }

    private static Compte chef(Etablissement e, String titre) {
        String denomination = e.denominationPrincipale();
        String nom = titre + Character.toLowerCase(denomination.charAt(0)) + denomination.substring(1);
        return new Compte("chef." + e.uai().toLowerCase(Locale.ROOT), "CHEF_ETABLISSEMENT", null, e.uai(),
                nom.length() > 120 ? nom.substring(0, 120) : nom, e.perimetre());
    }

    /** The first public établissement in UAI order of that nature, département and éducation prioritaire. */
    private static Etablissement premier(List<Etablissement> etablissements, Nature nature, Departement departement,
                                         String educationPrioritaire) {
        return etablissements.stream()
                .filter(e -> e.nature() == nature && e.departement() == departement && "PU".equals(e.secteur())
                        && e.educationPrioritaire().equals(educationPrioritaire))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Aucun établissement " + nature + " public "
                        + departement.complement + " pour le compte de chef d'établissement"));
    }
}
