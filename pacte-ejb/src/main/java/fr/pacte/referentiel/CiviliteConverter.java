package fr.pacte.referentiel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the civilité as printed: 'M.' or 'Mme'. */
@Converter(autoApply = true)
public class CiviliteConverter implements AttributeConverter<Civilite, String> {

    @Override
    public String convertToDatabaseColumn(Civilite civilite) {
        return civilite == null ? null : civilite.code();
    }

    @Override
    public Civilite convertToEntityAttribute(String code) {
        return code == null ? null : Civilite.depuisCode(code)
                .orElseThrow(() -> new IllegalStateException("Civilité inconnue en base : " + code));
    }
}
