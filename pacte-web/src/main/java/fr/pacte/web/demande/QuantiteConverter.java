package fr.pacte.web.demande;

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
            return new BigDecimal(saisie.replace("\u00a0", "").replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Quantité invalide",
                    "« " + saisie + " » n'est pas un nombre : saisissez par exemple 3 ou 1,5."));
        }
    }

    @Override
    public String getAsString(FacesContext contexte, UIComponent composant, BigDecimal valeur) {
        return valeur == null ? "" : valeur.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
