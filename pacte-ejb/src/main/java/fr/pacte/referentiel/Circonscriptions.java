package fr.pacte.referentiel;

import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.ImportRefuseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The circonscriptions of the premier degré: created by the établissements import when an école names one. */
@ApplicationScoped
public class Circonscriptions {

    @Inject
    private ReferentielRepository depot;

    /** Creates the circonscription if unknown; refuses a code already used in another département. */
    public void assurer(String code, String departement, int ligne) {
        if (code == null) {
            return;
        }
        String existant = depot.departementDeCirconscription(code);
        if (existant == null) {
            depot.ajouterCirconscription(code, "Circonscription " + code, departement);
        } else if (!existant.equals(departement)) {
            throw new ImportRefuseException(List.of(new ErreurImport(ligne, "circonscription", "circonscription "
                    + code + " du département " + existant + ", pas du département " + departement)));
        }
    }
}
