package fr.pacte.web;

import fr.pacte.commun.Quantite;
import fr.pacte.commun.QuantiteRefuseeException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;

/**
 * Every quantity — parts, IMP, hours, requests — as French users read and type them: "2,5", "1 250"; the one
 * converter of the pages (`converter="quantite"`). Typing "2.5" is accepted too; anything
 * else is refused with a message instead of being silently truncated (as NumberFormat would do with "2.5"), and so
 * is a value beyond the bounds of {@link Quantite} (a "1E999999999" would hang the formatting of the page).
 */
@FacesConverter("quantite")
public class QuantiteConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            // the widest bound here (the allocation's); each service then applies the bound of its own field
            return Quantite.lire(libelle(component), valeur, Quantite.Borne.ALLOCATION);
        } catch (QuantiteRefuseeException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Nombre invalide", e.getMessage()));
        }
    }

    /** The field's label for the message: its {@code label} attribute, else "Valeur". */
    public static String libelle(UIComponent component) {
        Object label = component == null ? null : component.getAttributes().get("label");
        return label == null ? "Valeur" : label.toString();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal valeur) {
        return format(valeur);
    }

    /** French display with at most two decimals and no useless zero: 1 250 ; 2,5 ; 0,25. */
    public static String format(BigDecimal valeur) {
        return valeur == null ? "" : Quantite.groupee(valeur);
    }
}
