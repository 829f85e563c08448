package fr.pacte.referentiel.importation;

import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.Ligne;
import fr.pacte.commun.tableur.Tableau;
import fr.pacte.referentiel.Civilite;
import fr.pacte.referentiel.Corps;
import fr.pacte.referentiel.Sexe;
import fr.pacte.referentiel.Uai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the personnels file of the académie. */
public final class AnalyseurPersonnels {

    public static final String IDENTIFIANT = "identifiant";
    public static final String CIVILITE = "civilite";
    public static final String NOM = "nom";
    public static final String PRENOM = "prenom";
    public static final String SEXE = "sexe";
    public static final String DATE_NAISSANCE = "date_naissance";
    public static final String CORPS = "corps";
    public static final String DISCIPLINE = "discipline";
    public static final String UAI_AFFECTATION = "uai_affectation";
    /** Optional (V35): O when the person replaces (TZR, contractuel remplaçant), N or empty otherwise. */
    public static final String REMPLACANT = "remplacant";
    public static final List<String> COLONNES = List.of(IDENTIFIANT, CIVILITE, NOM, PRENOM, SEXE, DATE_NAISSANCE,
            CORPS, DISCIPLINE, UAI_AFFECTATION);
    /** Columns a file may omit: older files stay valid. */
    public static final List<String> COLONNES_FACULTATIVES = List.of(REMPLACANT);

    static final int AGE_MIN = 18;
    static final int AGE_MAX = 75;
    private static final Pattern IDENTIFIANT_VALIDE = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final Pattern FORME_DATE = Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private AnalyseurPersonnels() {
    }

    /**
     * The checks that need other lines or the base: an identifiant seen earlier in the file, an unknown
     * établissement. The whole-file analysis makes them in memory; the streamed import makes them afterwards, as set
     * queries on its staging table ({@code ImportPersonnels}).
     */
    public interface ControlesCroises {
        /** @param identifiant a well-formed identifiant */
        void identifiant(Ligne ligne, String identifiant, Controles controles);

        /** @param uai a well-formed UAI, upper case */
        void affectation(Ligne ligne, String uai, Controles controles);
    }

    /**
     * @param uaisConnus  UAIs of the établissements already known (upper case)
     * @param aujourdhui  reference day for the age check
     */
    public static Analyse<PersonnelLigne> analyser(Tableau tableau, Set<String> uaisConnus, LocalDate aujourdhui) {
        Fichiers.verifierColonnes(tableau, COLONNES);
        Controles controles = new Controles();
        ControlesCroises croises = new ControlesCroises() {
            @Override
            public void identifiant(Ligne ligne, String identifiant, Controles c) {
                c.premiereOccurrence(ligne, IDENTIFIANT, identifiant, "identifiant");
            }

            @Override
            public void affectation(Ligne ligne, String uai, Controles c) {
                if (!uaisConnus.contains(uai)) {
                    c.signaler(ligne.numero(), UAI_AFFECTATION, "affectation inconnue : UAI " + uai);
                }
            }
        };
        List<PersonnelLigne> lignes = new ArrayList<>();
        for (Ligne ligne : tableau.lignes()) {
            int avant = controles.nombre();
            PersonnelLigne lue = lire(ligne, aujourdhui, controles, croises);
            if (controles.nombre() == avant) {
                lignes.add(lue);
            }
        }
        return Analyse.de(lignes, Fichiers.erreurs(tableau, controles));
    }

    /**
     * Checks one line, reporting its errors to {@code controles}.
     *
     * @return the line's values; a value in error is null, except a malformed identifiant or UAI, which stays as
     * read, and a text in error, which is "" ({@link #identifiantValide}, {@link Uai#erreur} tell them apart)
     */
    public static PersonnelLigne lire(Ligne ligne, LocalDate aujourdhui, Controles controles,
                                      ControlesCroises croises) {
        String identifiant = identifiant(ligne, controles, croises);
        Civilite civilite = civilite(ligne, controles);
        String nom = controles.obligatoire(ligne, NOM, 100);
        String prenom = controles.obligatoire(ligne, PRENOM, 100);
        Sexe sexe = controles.parmi(ligne, SEXE, Sexe.class, "sexe inconnu");
        LocalDate naissance = dateNaissance(ligne, aujourdhui, controles);
        Corps corps = controles.parmi(ligne, CORPS, Corps.class, "corps inconnu");
        String discipline = controles.facultatif(ligne, DISCIPLINE, 100);
        String uai = affectation(ligne, controles, croises);
        Boolean remplacant = remplacant(ligne, controles);
        return new PersonnelLigne(ligne.numero(), identifiant, civilite, nom, prenom, sexe, naissance, corps,
                discipline, uai, remplacant);
    }

    /** Null when the file has no such column (the former format): the import then leaves the flag as it is. */
    private static Boolean remplacant(Ligne ligne, Controles controles) {
        if (!ligne.valeurs().containsKey(REMPLACANT)) {
            return null;
        }
        String v = ligne.valeur(REMPLACANT).toUpperCase(java.util.Locale.ROOT);
        return switch (v) {
            case "", "N", "NON" -> false;
            case "O", "OUI" -> true;
            default -> {
                controles.signaler(ligne.numero(), REMPLACANT, "valeur inconnue : " + Controles.extrait(ligne.valeur(REMPLACANT))
                        + " (valeurs admises : O si la personne est remplaçante, N ou vide sinon)");
                yield false;
            }
        };
    }

    public static boolean identifiantValide(String identifiant) {
        return IDENTIFIANT_VALIDE.matcher(identifiant).matches();
    }

    private static String identifiant(Ligne ligne, Controles controles, ControlesCroises croises) {
        String v = ligne.valeur(IDENTIFIANT);
        if (v.isEmpty()) {
            controles.signaler(ligne.numero(), IDENTIFIANT, "valeur obligatoire absente");
        } else if (!IDENTIFIANT_VALIDE.matcher(v).matches()) {
            controles.signaler(ligne.numero(), IDENTIFIANT, "identifiant incorrect : " + Controles.extrait(v)
                    + " (1 à 20 lettres sans accent ou chiffres, sans espace)");
        } else {
            croises.identifiant(ligne, v, controles);
        }
        return v;
    }

    private static Civilite civilite(Ligne ligne, Controles controles) {
        String v = ligne.valeur(CIVILITE);
        Optional<Civilite> civilite = Civilite.depuisCode(v);
        if (civilite.isEmpty()) {
            controles.signaler(ligne.numero(), CIVILITE, v.isEmpty()
                    ? "valeur obligatoire absente (valeurs admises : M., Mme)"
                    : "civilité inconnue : " + Controles.extrait(v) + " (valeurs admises : M., Mme)");
        }
        return civilite.orElse(null);
    }

    private static LocalDate dateNaissance(Ligne ligne, LocalDate aujourdhui, Controles controles) {
        String v = ligne.valeur(DATE_NAISSANCE);
        if (v.isEmpty()) {
            controles.signaler(ligne.numero(), DATE_NAISSANCE, "valeur obligatoire absente (format jj/mm/aaaa)");
            return null;
        }
        if (!FORME_DATE.matcher(v).matches()) {
            controles.signaler(ligne.numero(), DATE_NAISSANCE, "date incorrecte : " + Controles.extrait(v)
                    + " (format attendu jj/mm/aaaa)");
            return null;
        }
        LocalDate date;
        try {
            // the form is checked above: the fields are read directly (DateTimeFormatter is costly per line)
            date = LocalDate.of(Integer.parseInt(v, 6, 10, 10), Integer.parseInt(v, 3, 5, 10),
                    Integer.parseInt(v, 0, 2, 10));
        } catch (DateTimeException e) {
            controles.signaler(ligne.numero(), DATE_NAISSANCE, "date impossible : " + v);
            return null;
        }
        int age = date.isAfter(aujourdhui) ? -1 : Period.between(date, aujourdhui).getYears();
        if (age < AGE_MIN || age > AGE_MAX) {
            controles.signaler(ligne.numero(), DATE_NAISSANCE, "date de naissance invraisemblable : " + v
                    + (age < 0 ? " (date future)" : " (" + age + " ans au " + aujourdhui.format(JOUR) + ")")
                    + " ; âge attendu entre " + AGE_MIN + " et " + AGE_MAX + " ans");
        }
        return date;
    }

    private static String affectation(Ligne ligne, Controles controles, ControlesCroises croises) {
        String uai = Uai.normaliser(ligne.valeur(UAI_AFFECTATION));
        Optional<String> erreur = Uai.erreur(uai);
        if (erreur.isPresent()) {
            controles.signaler(ligne.numero(), UAI_AFFECTATION, erreur.get());
        } else {
            croises.affectation(ligne, uai, controles);
        }
        return uai;
    }
}
