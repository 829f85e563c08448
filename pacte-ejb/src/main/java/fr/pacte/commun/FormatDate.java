package fr.pacte.commun;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates in messages and letters, at the time of Paris whatever the server's zone. */
public final class FormatDate {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormatDate() {
    }

    public static String court(java.time.LocalDate date) {
        return date == null ? "?" : JOUR.format(date);
    }

    public static String jour(OffsetDateTime instant) {
        return instant == null ? "?" : JOUR.format(instant.atZoneSameInstant(PARIS));
    }
}
