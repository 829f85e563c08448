package fr.pacte.web.demande;

import fr.pacte.commun.Quantite;
import fr.pacte.demande.EtatDemande;
import fr.pacte.demande.NatureDemande;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.Locale;

/** Display helpers of the request pages: quantities the French way, states as coloured badges. */
@Named
@ApplicationScoped
public class FormatsDemande {

    /** 2.50 → "2,5"; null → "—". */
    public String quantite(BigDecimal valeur) {
        return valeur == null ? "—" : Quantite.texte(valeur);
    }

    /** A quantity with the unit of the kind of request: "3 IMP", "2 part(s)", "3 IMP → h". */
    public String quantiteEtUnite(BigDecimal valeur, NatureDemande nature) {
        return quantite(valeur) + (nature == null ? "" : " " + nature.unite());
    }

    public String classeEtat(EtatDemande etat) {
        return etat == null ? "" : "pacte-etat pacte-etat-" + etat.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public EtatDemande[] getEtats() {
        return EtatDemande.values();
    }

    public NatureDemande[] getNatures() {
        return NatureDemande.values();
    }
}
