package fr.pacte.lettre;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The follow-up table of the letters against the campaign's deadline (« à la rentrée scolaire ou au plus tard début
 * octobre : signature d'une lettre de mission », seed 002): counts per département and per établissement, and the
 * letters not signed or not accepted.
 *
 * @param echue true once the deadline has passed: what is still open is late
 */
public record SuiviLettres(String annee, LocalDate dateLimite, boolean echue, List<Compte> departements,
                           List<Compte> etablissements, List<LettreEnSouffrance> enSouffrance) implements Serializable {

    /** Counts of one département (libelle = its code) or one établissement (libelle = its name). */
    public record Compte(String departement, String uai, String libelle, int lettres, int nonSignees, int nonAcceptees) implements Serializable {
    }

    /** Builds the table from every letter of the scope (accepted ones included, for the totals). */
    public static SuiviLettres de(String annee, LocalDate dateLimite, LocalDate aujourdhui, List<LettreEnSouffrance> toutes) {
        return new SuiviLettres(annee, dateLimite, aujourdhui.isAfter(dateLimite),
                compter(toutes, l -> l.departement(), l -> new Compte(l.departement(), null, l.departement(), 0, 0, 0)),
                compter(toutes, l -> l.uai(), l -> new Compte(l.departement(), l.uai(), l.etablissement(), 0, 0, 0)),
                toutes.stream().filter(l -> l.nonSignee() || l.nonAcceptee()).toList());
    }

    private static List<Compte> compter(List<LettreEnSouffrance> toutes, Function<LettreEnSouffrance, String> cle,
                                        Function<LettreEnSouffrance, Compte> vide) {
        Map<String, Compte> comptes = new LinkedHashMap<>();
        for (LettreEnSouffrance l : toutes) {
            Compte c = comptes.computeIfAbsent(cle.apply(l), k -> vide.apply(l));
            comptes.put(cle.apply(l), new Compte(c.departement(), c.uai(), c.libelle(), c.lettres() + 1,
                    c.nonSignees() + (l.nonSignee() ? 1 : 0), c.nonAcceptees() + (l.nonAcceptee() ? 1 : 0)));
        }
        return new ArrayList<>(comptes.values());
    }

    public int nonSignees() {
        return (int) enSouffrance.stream().filter(LettreEnSouffrance::nonSignee).count();
    }

    public int nonAcceptees() {
        return (int) enSouffrance.stream().filter(LettreEnSouffrance::nonAcceptee).count();
    }
}
