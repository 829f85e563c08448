package fr.pacte.web.mission;

import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Modalite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Display of the missions' quantities and dates the French way. */
@Named
@ApplicationScoped
public class FormatsMission {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String nombre(BigDecimal b) {
        return b == null ? "" : Quantite.texte(b);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
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

    public String quantum(Integer heures) {
        return heures == null ? "Forfait" : heures + " h";
    }

    public Modalite[] getModalites() {
        return Modalite.values();
    }
}
