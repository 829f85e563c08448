package fr.pacte.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Civilite;
import fr.pacte.referentiel.Corps;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.Origine;
import fr.pacte.referentiel.Secteur;
import fr.pacte.referentiel.Sexe;
import fr.pacte.referentiel.Voie;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Screens and REST resources hold no rule (issue 17, point 4): they parse, call a facade and render. Quantities
 * (parts, IMP, hours, euros) are BigDecimal: a view that adds, subtracts, multiplies or divides them computes what the
 * domain must answer once for every entry point.
 */
class VuesSansRegleTest {

    private static final Set<String> ARITHMETIQUE = Set.of("add", "subtract", "multiply", "divide", "remainder", "negate");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.pacte.web");

    @Test
    void viewsAndResourcesDoNoArithmeticOnQuantities() {
        noClasses().that().resideInAPackage("fr.pacte.web..")
                .should().accessTargetWhere(DescribedPredicate.describe("BigDecimal arithmetic",
                        (JavaAccess<?> a) -> a.getTargetOwner().isEquivalentTo(BigDecimal.class)
                                && ARITHMETIQUE.contains(a.getTarget().getName())))
                .because("the domain computes quantities once; screens and the API show what it answers")
                .check(classes);
    }

    /**
     * No view or resource compares a code of the shared vocabulary as a string ({@code "VOIE_PRO".equals(…)},
     * {@code case "ECOLE"}): the enums of the référentiel answer ({@code Voie.VOIE_PRO.est(code)}).
     */
    @Test
    void viewsAndResourcesCompareNoCodeOfTheVocabularyAsAString() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Enum<?>> e : List.of(Voie.class, Nature.class, Dispositif.class, Modalite.class,
                Corps.class, Secteur.class, EducationPrioritaire.class, Civilite.class, Sexe.class, Campagne.Statut.class,
                Origine.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                codes.add(c.name());
            }
        }
        Pattern comparaison = Pattern.compile("\"(" + String.join("|", codes)
                + ")\"\\s*\\.equals\\(|\\.equals\\(\\s*\"(" + String.join("|", codes) + ")\"\\s*\\)|case \"(" + String.join("|", codes) + ")\"");
        List<String> ecarts = new ArrayList<>();
        try (Stream<Path> fichiers = Files.walk(Path.of("src/main/java"))) {
            for (Path f : fichiers.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = comparaison.matcher(Files.readString(f));
                while (m.find()) {
                    ecarts.add(f.getFileName() + " : " + m.group());
                }
            }
        }
        assertEquals(List.of(), ecarts, "ask the enum of the référentiel (Voie.VOIE_PRO.est(code), Nature.de(code)…)");
    }

    /**
     * The attribution facade's moves of hours are the suivi's way in, after the suivi's rule (seed 000, hours not
     * done): a screen or resource asks {@code SuiviService.redeployer}, never the move itself.
     */
    @Test
    void noViewMovesHoursBehindTheSuivisRule() {
        noClasses().that().resideInAPackage("fr.pacte.web..")
                .should().callMethodWhere(DescribedPredicate.describe("AttributionService.deplacerHeures or verrouiller",
                        (JavaAccess<?> a) -> a.getTargetOwner().getSimpleName().equals("AttributionService")
                                && Set.of("deplacerHeures", "verrouiller").contains(a.getTarget().getName())))
                .because("a redéploiement is decided by the suivi's rule before the attributions change")
                .check(classes);
    }
}
