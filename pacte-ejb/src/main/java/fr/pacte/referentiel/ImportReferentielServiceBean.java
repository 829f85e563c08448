package fr.pacte.referentiel;

import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.ImportRefuseException;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.commun.tableur.Tableau;
import fr.pacte.referentiel.importation.Analyse;
import fr.pacte.referentiel.importation.AnalyseurDepartements;
import fr.pacte.referentiel.importation.AnalyseurEtablissements;
import fr.pacte.referentiel.importation.DepartementLigne;
import fr.pacte.referentiel.importation.EtablissementLigne;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and checks the whole file before writing anything, then upserts every line in the one transaction of
 * the call: a refused file leaves the référentiel exactly as it was. The upload is first copied to a temporary file
 * (never held in memory); the personnels are streamed from it by {@link ImportPersonnels}.
 */
@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class ImportReferentielServiceBean implements ImportReferentielService {

    @Inject
    private ReferentielRepository depot;

    @Inject
    private SecuriteService securite;

    @Inject
    private DepartementRepository departements;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private ImportPersonnels importPersonnels;

    @Inject
    private JournalService journal;

    @Override
    public RapportImport importer(TypeImport type, String nomFichier, InputStream contenu) {
        String nom = nomFichier == null || nomFichier.isBlank() ? type.chemin() + ".csv" : nomFichier;
        RapportImport rapport;
        Path fichier = null;
        try {
            fichier = LecteurTableau.deposer(contenu, nom);
            rapport = switch (type) {
                case DEPARTEMENTS -> importerDepartements(nom, lire(fichier));
                case ETABLISSEMENTS -> importerEtablissements(nom, lire(fichier));
                case PERSONNELS -> importPersonnels.importer(nom, fichier);
            };
        } catch (ImportRefuseException e) {
            rapport = RapportImport.refuse(type.chemin(), nom, e.erreurs());
        } finally {
            LecteurTableau.supprimer(fichier);
        }
        depot.ajouter(new JournalImportEntite(type.chemin(), nom, securite.utilisateurCourant().login(), rapport.accepte(),
                rapport.crees(), rapport.modifies(), rapport.inchanges(), rapport.erreurs().size()));
        // also in the unified journal, so one screen shows every import (a refused one wrote nothing else)
        journal.enregistrer(Evenement.importation(rapport, null));
        return rapport;
    }

    private RapportImport importerDepartements(String nom, byte[] contenu) {
        Tableau t = LecteurTableau.lire(contenu, nom, AnalyseurDepartements.COLONNES);
        Analyse<DepartementLigne> a = AnalyseurDepartements.analyser(t);
        if (!a.valide()) {
            return RapportImport.refuse(TypeImport.DEPARTEMENTS.chemin(), nom, a.erreurs());
        }
        Map<String, DepartementEntite> existants = departements.tous().stream()
                .collect(Collectors.toMap(DepartementEntite::getCode, Function.identity()));
        Compteur c = new Compteur();
        for (DepartementLigne l : a.lignes()) {
            DepartementEntite d = existants.get(l.code());
            if (d == null) {
                departements.ajouter(new DepartementEntite(l.code(), l.libelle()));
                c.cree();
            } else {
                c.compter(d.mettreAJour(l.libelle()));
            }
        }
        return c.rapport(TypeImport.DEPARTEMENTS, nom);
    }

    @Inject
    private Circonscriptions circonscriptions;

    private RapportImport importerEtablissements(String nom, byte[] contenu) {
        Tableau t = LecteurTableau.lire(contenu, nom, AnalyseurEtablissements.COLONNES,
                AnalyseurEtablissements.COLONNES_FACULTATIVES);
        boolean avecCirconscription = t.entetes().contains(AnalyseurEtablissements.CIRCONSCRIPTION);
        Set<String> codes = departements.tous().stream().map(DepartementEntite::getCode).collect(Collectors.toSet());
        Analyse<EtablissementLigne> a = AnalyseurEtablissements.analyser(t, codes);
        if (!a.valide()) {
            return RapportImport.refuse(TypeImport.ETABLISSEMENTS.chemin(), nom, a.erreurs());
        }
        Map<String, EtablissementEntite> existants = etablissements.parUai(
                a.lignes().stream().map(EtablissementLigne::uai).toList());
        Compteur c = new Compteur();
        for (EtablissementLigne l : a.lignes()) {
            EtablissementEntite e = existants.get(l.uai());
            boolean nouveau = e == null;
            if (nouveau) {
                e = new EtablissementEntite(l.uai());
            }
            boolean change = e.mettreAJour(l.nature(), l.denominationPrincipale(), l.denominationComplementaire(),
                    l.departement(), l.commune(), l.secteur(), l.educationPrioritaire());
            if (avecCirconscription) {
                // a file without the column leaves the circonscriptions as they are
                circonscriptions.assurer(l.circonscription(), l.departement(), l.ligne());
                change |= e.placerDansCirconscription(l.circonscription());
            }
            if (nouveau) {
                etablissements.ajouter(e);
                c.cree();
            } else {
                c.compter(change);
            }
        }
        return c.rapport(TypeImport.ETABLISSEMENTS, nom);
    }

    private static byte[] lire(Path fichier) {
        try {
            return Files.readAllBytes(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<JournalImport> journal(int nombre) {
        return depot.imports(Math.max(1, Math.min(nombre, 200))).stream().map(JournalImportEntite::vue).toList();
    }

    private static final class Compteur {
        private int crees;
        private int modifies;
        private int inchanges;

        void cree() {
            crees++;
        }

        void compter(boolean change) {
            if (change) {
                modifies++;
            } else {
                inchanges++;
            }
        }

        RapportImport rapport(TypeImport type, String nom) {
            return new RapportImport(type.chemin(), nom, true, crees, modifies, inchanges, List.of());
        }
    }
}
