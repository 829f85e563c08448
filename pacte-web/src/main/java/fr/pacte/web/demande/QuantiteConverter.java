package fr.pacte.web.demande;

import fr.pacte.commun.Quantite;
import fr.pacte.commun.QuantiteRefuseeException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;

/** A quantity typed the French way ("1,5") or with a dot; whether it fits the quantum is the service's call. */
@FacesConverter("demande.quantite")
public class QuantiteConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext contexte, UIComponent composant, String saisie) {
        if (saisie == null || saisie.isBlank()) {
            return null;
        }
        try {
            // the widest bound here; each service then applies the bound of its own field
            return Quantite.lire(fr.pacte.web.dotation.QuantiteConverter.libelle(composant), saisie,
                    Quantite.Borne.ALLOCATION);
        } catch (QuantiteRefuseeException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Quantité invalide", e.getMessage()));
        }
    }

    @Override
    public String getAsString(FacesContext contexte, UIComponent composant, BigDecimal valeur) {
        return valeur == null ? "" : valeur.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
