package fr.pacte.attribution;

import fr.pacte.commun.Refus;

import java.util.List;
import java.util.stream.Collectors;

/** The attribution breaks one or more rules; nothing was written. */
public class AttributionRefuseeException extends Refus {

    private final transient List<ErreurAttribution> erreurs;

    public AttributionRefuseeException(List<ErreurAttribution> erreurs) {
        super(Motif.REGLE, null, erreurs.stream().map(ErreurAttribution::regle).collect(Collectors.joining(" ; ")));
        this.erreurs = List.copyOf(erreurs);
    }

    @Override
    public List<ErreurAttribution> erreurs() {
        return erreurs;
    }
}
