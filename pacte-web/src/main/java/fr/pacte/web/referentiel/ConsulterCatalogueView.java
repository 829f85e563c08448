package fr.pacte.web.referentiel;

import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The national catalogue of missions and the IMP rates, read-only. */
@Named
@ViewScoped
public class ConsulterCatalogueView implements Serializable {

    private static final Map<String, String> VOIES = Map.of(
            "PREMIER_DEGRE", "Premier degré",
            "SECOND_DEGRE", "Second degré",
            "VOIE_PRO", "Voie professionnelle",
            "ACADEMIQUE", "Académique");
    private static final List<String> ORDRE_VOIES = List.of("VOIE_PRO", "SECOND_DEGRE", "PREMIER_DEGRE", "ACADEMIQUE");

    @Inject
    private ReferentielService referentiel;

    private List<MissionCatalogue> pacte;
    private List<MissionCatalogue> imp;
    private List<TauxImp> taux;

    @PostConstruct
    void charger() {
        // the remplacement de courte durée is the priority of the Pacte: it comes first, whatever the voie
        Comparator<MissionCatalogue> ordre = Comparator.comparing((MissionCatalogue m) -> !m.isPrioritaire())
                .thenComparing(m -> rang(m.getVoie()))
                .thenComparing(MissionCatalogue::getCode);
        List<MissionCatalogue> catalogue = referentiel.catalogue();
        pacte = catalogue.stream().filter(m -> "PACTE".equals(m.getDispositif())).sorted(ordre).toList();
        imp = catalogue.stream().filter(m -> "IMP".equals(m.getDispositif())).sorted(ordre).toList();
        taux = referentiel.tauxImp();
    }

    private static int rang(String voie) {
        int i = ORDRE_VOIES.indexOf(voie);
        return i < 0 ? ORDRE_VOIES.size() : i;
    }

    public String voie(String code) {
        return VOIES.getOrDefault(code, code);
    }

    /** "003 – Taux de base", or a hint when the catalogue gives no reference rate. */
    public String taux(String codeSts) {
        if (codeSts == null || codeSts.isBlank()) {
            return "selon la mission";
        }
        return taux.stream().filter(t -> t.getCodeSts().equals(codeSts)).findFirst()
                .map(t -> codeSts + " – " + t.getLibelle()).orElse(codeSts);
    }

    public List<MissionCatalogue> getPacte() {
        return pacte;
    }

    public List<MissionCatalogue> getImp() {
        return imp;
    }

    public List<TauxImp> getTaux() {
        return taux;
    }

    public List<MissionCatalogue> getPrioritaires() {
        return pacte.stream().filter(MissionCatalogue::isPrioritaire).toList();
    }
}
