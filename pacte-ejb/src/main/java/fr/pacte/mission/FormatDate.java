package fr.pacte.mission;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates in messages and letters, at the time of Paris whatever the server's zone. */
final class FormatDate {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormatDate() {
    }

    static String court(java.time.LocalDate date) {
        return date == null ? "?" : JOUR.format(date);
    }

    static String jour(OffsetDateTime instant) {
        return instant == null ? "?" : JOUR.format(instant.atZoneSameInstant(PARIS));
    }
}
