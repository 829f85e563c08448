package fr.pacte.web;

import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Modalite;
import java.math.BigDecimal;
import fr.pacte.referentiel.TypeImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display helpers shared by the pages. */
@Named
@ApplicationScoped
public class Formats {

    /** Times are stored with the server's offset; people read them in the académie's zone (overseas: set it). */
    private static final ZoneId FUSEAU = ZoneId.of(System.getProperty("pacte.fuseau", "Europe/Paris"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);

    public String dateHeure(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(FUSEAU).format(DATE_HEURE);
    }

    public String date(java.time.LocalDate jour) {
        return jour == null ? "" : jour.format(DATE);
    }

    /** Quantities the French way, as messages and letters write them (commun.Quantite): 2,5 ; 1250. */
    public String nombre(BigDecimal b) {
        return b == null ? "" : Quantite.texte(b);
    }

    public String modalite(Modalite m) {
        if (m == null) {
            return "";
        }
        return switch (m) {
            case ANNUELLE -> "Annuelle (neuvièmes)";
            case PONCTUELLE -> "Ponctuelle (après service fait)";
            case DECHARGE -> "Décharge de service";
        };
    }

    /** The hours of one part of a mission of the catalogue; a forfait has none. */
    public String quantum(Integer heures) {
        return heures == null ? "Forfait" : heures + " h";
    }

    public Modalite[] getModalites() {
        return Modalite.values();
    }

    /** "etablissements" (as the journal stores it) → "Établissements". */
    public String natureImport(String chemin) {
        return TypeImport.depuisChemin(chemin).map(TypeImport::libelle).orElse(chemin);
    }
}
