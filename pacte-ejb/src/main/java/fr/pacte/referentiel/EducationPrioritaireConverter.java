package fr.pacte.referentiel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the label as the files write it: '', 'REP', 'REP+'. */
@Converter(autoApply = true)
public class EducationPrioritaireConverter implements AttributeConverter<EducationPrioritaire, String> {

    @Override
    public String convertToDatabaseColumn(EducationPrioritaire ep) {
        return ep == null ? "" : ep.code();
    }

    @Override
    public EducationPrioritaire convertToEntityAttribute(String code) {
        return EducationPrioritaire.depuisCode(code)
                .orElseThrow(() -> new IllegalStateException("Éducation prioritaire inconnue en base : " + code));
    }
}
