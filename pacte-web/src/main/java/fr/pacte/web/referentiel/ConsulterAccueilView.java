package fr.pacte.web.referentiel;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.FiltreEtablissements;
import fr.pacte.referentiel.FiltrePersonnels;
import fr.pacte.referentiel.ImportReferentielService;
import fr.pacte.referentiel.JournalImport;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The home page: what the connected person is in charge of, seen from its role and scope. */
@Named
@ViewScoped
public class ConsulterAccueilView implements Serializable {

    private static final int ETABLISSEMENTS_AFFICHES = 15;
    private static final int IMPORTS_AFFICHES = 5;

    /** Number of établissements of one nature, or of one département, in the caller's scope. */
    public record Effectif(String libelle, long nombre) implements Serializable {
    }

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    @Inject
    private ImportReferentielService imports;

    private Role role;
    private String perimetre;
    private long nombreDepartements;
    private long nombreEtablissements;
    private Long nombrePersonnels;
    private final List<Effectif> parNature = new ArrayList<>();
    private final List<Effectif> parDepartement = new ArrayList<>();
    private List<Etablissement> etablissements = List.of();
    private Etablissement etablissement;
    private Campagne campagne;
    private List<JournalImport> journal = List.of();

    @PostConstruct
    void charger() {
        Utilisateur u = securite.utilisateurCourant();
        role = u.role();
        List<Departement> departements = referentiel.departements();
        nombreDepartements = departements.size();
        for (Nature n : Nature.values()) {
            long nombre = compter(new FiltreEtablissements(null, n, null, null, null, null, true));
            if (nombre > 0) {
                parNature.add(new Effectif(n.libelle(), nombre));
            }
        }
        nombreEtablissements = parNature.stream().mapToLong(Effectif::nombre).sum();
        if (u.voitToutLAcademie()) {
            for (Departement d : departements) {
                parDepartement.add(new Effectif(d.code() + " – " + d.libelle(),
                        compter(new FiltreEtablissements(d.code(), null, null, null, null, null, true))));
            }
        }
        if (u.voitLesNoms()) {
            nombrePersonnels = referentiel.personnels(FiltrePersonnels.tous(), 0, 1).total();
        }
        perimetre = switch (role) {
            case RECTORAT -> u.libellePerimetre() + " – " + libelleAcademie();
            case ANALYSTE -> "Toute l'académie, en statistiques (sans données nominatives)";
            case DASEN -> "Département " + u.departement() + " – " + departements.stream()
                    .filter(d -> d.code().equals(u.departement())).map(Departement::libelle)
                    .findFirst().orElse("");
            case IEN, CHEF_ETABLISSEMENT, PERSONNEL -> u.libellePerimetre();
        };
        switch (role) {
            case RECTORAT -> {
                campagne = referentiel.campagnes().stream()
                        .filter(c -> c.statut() == Campagne.Statut.OUVERTE).findFirst().orElse(null);
                journal = imports.journal(IMPORTS_AFFICHES);
            }
            case DASEN, IEN -> etablissements = referentiel.etablissements(FiltreEtablissements.tous(), 0,
                    ETABLISSEMENTS_AFFICHES).elements();
            case CHEF_ETABLISSEMENT -> {
                etablissement = referentiel.etablissement(u.uai());
                perimetre = perimetre + " – " + etablissement.denomination();
            }
            default -> { }
        }
    }

    private long compter(FiltreEtablissements filtre) {
        return referentiel.etablissements(filtre, 0, 1).total();
    }

    private String libelleAcademie() {
        var a = referentiel.academie();
        return a == null ? "" : a.libelle();
    }

    public String getRole() {
        return role.name();
    }

    public String getPerimetre() {
        return perimetre;
    }

    public long getNombreDepartements() {
        return nombreDepartements;
    }

    public long getNombreEtablissements() {
        return nombreEtablissements;
    }

    public Long getNombrePersonnels() {
        return nombrePersonnels;
    }

    public List<Effectif> getParNature() {
        return parNature;
    }

    public List<Effectif> getParDepartement() {
        return parDepartement;
    }

    public List<Etablissement> getEtablissements() {
        return etablissements;
    }

    public boolean isEtablissementsTronques() {
        return nombreEtablissements > etablissements.size();
    }

    public Etablissement getEtablissement() {
        return etablissement;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public List<JournalImport> getJournal() {
        return journal;
    }
}
