package fr.pacte.web.referentiel;

import fr.pacte.referentiel.Origine;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Voie;
import fr.pacte.referentiel.CatalogueService;
import fr.pacte.referentiel.MissionCampagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.ChoixCampagne;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The catalogue of missions of a chosen campaign and the IMP rates; the rectorat adds and rewords missions from
 * that campaign onwards, a chef adapts their wording for his établissement (FormulaireCatalogue).
 */
@Named
@ViewScoped
public class ConsulterCatalogueView implements Serializable {


    @Inject
    private ReferentielService referentiel;

    @Inject
    private CatalogueService catalogues;

    @Inject
    private SecuriteService securite;

    private ChoixCampagne choix;
    private List<MissionCampagne> pacte = List.of();
    private List<MissionCampagne> imp = List.of();
    private List<TauxImp> taux;
    private final FormulaireCatalogue formulaire = new FormulaireCatalogue();

    @PostConstruct
    void charger() {
        choix = ChoixCampagne.depuis(referentiel);
        taux = referentiel.tauxImp();
        changerCampagne();
    }

    public void changerCampagne() {
        if (choix.getAnnee() == null) {
            return;
        }
        // the remplacement de courte durée is the priority of the Pacte: it comes first, whatever the voie
        Comparator<MissionCampagne> ordre = Comparator.comparing((MissionCampagne m) -> !m.prioritaire())
                .thenComparing(m -> rang(m.voie()))
                .thenComparing(MissionCampagne::code);
        List<MissionCampagne> catalogue = catalogues.catalogue(choix.getAnnee(), null);
        pacte = catalogue.stream().filter(m -> Dispositif.PACTE.est(m.dispositif())).sorted(ordre).toList();
        imp = catalogue.stream().filter(m -> Dispositif.IMP.est(m.dispositif())).sorted(ordre).toList();
    }

    public void enregistrer() {
        if (formulaire.enregistrer(catalogues, choix.getAnnee(), securite.utilisateurCourant().uai())) {
            changerCampagne();
        }
    }

    private static int rang(String voie) {
        int i = Voie.ordreDuCatalogue().indexOf(Voie.de(voie));
        return i < 0 ? Voie.ordreDuCatalogue().size() : i;
    }

    public String voie(String code) {
        return Voie.libelleDe(code);
    }

    /** "003 – Taux de base", or a hint when the catalogue gives no reference rate. */
    public String taux(String codeSts) {
        if (codeSts == null || codeSts.isBlank()) {
            return "selon la mission";
        }
        return taux.stream().filter(t -> t.codeSts().equals(codeSts)).findFirst()
                .map(t -> codeSts + " – " + t.libelle()).orElse(codeSts);
    }

    public String origine(String o) {
        return Origine.libelle(o);
    }

    public boolean isRectorat() {
        return securite.utilisateurCourant().role() == Role.RECTORAT;
    }

    public boolean isChef() {
        return securite.utilisateurCourant().role() == Role.CHEF_ETABLISSEMENT;
    }

    public ChoixCampagne getChoix() {
        return choix;
    }

    public FormulaireCatalogue getFormulaire() {
        return formulaire;
    }

    public List<MissionCampagne> getPacte() {
        return pacte;
    }

    public List<MissionCampagne> getImp() {
        return imp;
    }

    public List<TauxImp> getTaux() {
        return taux;
    }

    public List<MissionCampagne> getPrioritaires() {
        return pacte.stream().filter(MissionCampagne::prioritaire).toList();
    }
}
