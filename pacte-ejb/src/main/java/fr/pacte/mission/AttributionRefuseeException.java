package fr.pacte.mission;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.stream.Collectors;

/** The attribution breaks one or more rules; nothing was written. */
@ApplicationException(rollback = true)
public class AttributionRefuseeException extends RuntimeException {

    private final transient List<ErreurAttribution> erreurs;

    public AttributionRefuseeException(List<ErreurAttribution> erreurs) {
        super(erreurs.stream().map(ErreurAttribution::regle).collect(Collectors.joining(" ; ")));
        this.erreurs = List.copyOf(erreurs);
    }

    public List<ErreurAttribution> erreurs() {
        return erreurs;
    }
}
