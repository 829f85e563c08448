package fr.pacte.securite;

import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.ImportRefuseException;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.commun.tableur.Ligne;
import fr.pacte.commun.tableur.Tableau;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The accounts file, read by the référentiel imports' reader ({@link LecteurTableau}: CSV or XLSX, 20 MB) and judged
 * line by line by {@link ReglesCompte}, the rules of the single creation. Every error of every line is gathered
 * before anything is written; an accepted file is written in the caller's one transaction.
 */
@Dependent
class ImportFichierComptes {

    static final String NATURE = "comptes";
    /** Each account costs a bcrypt hash (about 0.1 s): beyond this, one transaction would outlast its timeout. */
    static final int MAX_COMPTES = 2_000;

    @Inject
    private ReglesCompte regles;

    @Inject
    private JournalService journal;

    @Inject
    private CompteRepository comptes;

    ImportComptes importer(String nomFichier, byte[] contenu) {
        String nom = nomFichier == null || nomFichier.isBlank() ? NATURE + ".csv" : nomFichier;
        List<NouveauCompte> lus;
        try {
            lus = analyser(LecteurTableau.lire(contenu, nom, ImportComptes.COLONNES,
                    ImportComptes.COLONNES_FACULTATIVES));
        } catch (ImportRefuseException e) {
            RapportImport refus = RapportImport.refuse(NATURE, nom, e.erreurs());
            journal.enregistrer(Evenement.importation(refus, null)); // nothing else was written
            return new ImportComptes(refus, List.of());
        }
        // the hashes first, on every core: they are the cost of an import, the inserts are not
        List<String[]> secrets = lus.parallelStream().map(c -> {
            String motDePasse = SecretsCompte.provisoire();
            return new String[]{motDePasse, SecretsCompte.empreinte(motDePasse)};
        }).toList();
        List<MotDePasseUnique> crees = new ArrayList<>();
        List<Evenement> evenements = new ArrayList<>();
        for (int i = 0; i < lus.size(); i++) {
            NouveauCompte c = lus.get(i);
            comptes.inserer(c.login(), c, ReglesCompte.nom(c.login(), c), secrets.get(i)[1]);
            crees.add(new MotDePasseUnique(c.login(), secrets.get(i)[0]));
            evenements.add(Evenement.academie("COMPTE_CREE", "COMPTE", c.login(), null, null, null,
                    new CompteVue(c.login(), c.role().name(), c.departement(), c.circonscription(), c.uai(),
                            c.identifiant(), c.nomAffiche(), c.courriel(), true, true), "Import du fichier " + nom));
        }
        RapportImport rapport = new RapportImport(NATURE, nom, true, crees.size(), 0, 0, List.of());
        evenements.add(Evenement.importation(rapport, null));
        journal.enregistrerTous(evenements);
        return new ImportComptes(rapport, crees);
    }

    private List<NouveauCompte> analyser(Tableau t) {
        if (t.lignes().size() > MAX_COMPTES) {
            throw new ImportRefuseException(ErreurImport.fichier(null, "fichier trop long : " + t.lignes().size()
                    + " comptes pour " + MAX_COMPTES + " au plus par fichier ; découpez-le"));
        }
        Controles controles = new Controles();
        List<NouveauCompte> comptes = new ArrayList<>();
        for (Ligne l : t.lignes()) {
            int avant = controles.nombre();
            NouveauCompte c = lire(l, controles);
            if (controles.nombre() == avant) {
                comptes.add(c);
            }
        }
        if (controles.nombre() > 0) {
            throw new ImportRefuseException(controles.erreurs());
        }
        return comptes;
    }

    /** The account of a line, its refusals signalled: each rule that its line breaks, in the column it names. */
    private NouveauCompte lire(Ligne l, Controles controles) {
        String login = regle(l, controles, () -> ReglesCompte.login(l.valeur("login")));
        if (login != null && controles.premiereOccurrence(l, "login", login, "identifiant")) {
            regle(l, controles, () -> {
                regles.libre(login);
                return login;
            });
        }
        Role role = controles.parmi(l, "role", Role.class, "rôle inconnu");
        String nom = controles.facultatif(l, "nom_affiche", Integer.MAX_VALUE);
        NouveauCompte c = new NouveauCompte(login, role, valeur(l, "departement"), valeur(l, "circonscription"),
                valeur(l, "uai"), valeur(l, "identifiant"), nom.isEmpty() ? login : nom,
                valeur(l, "courriel"));
        regle(l, controles, () -> {
            ReglesCompte.textes(c);
            return c;
        });
        if (role != null && regle(l, controles, () -> {
            regles.perimetre(c, null);
            return c;
        }) != null && role == Role.PERSONNEL) {
            controles.premiereOccurrence(l, "identifiant", c.identifiant(), "identifiant");
        }
        return c;
    }

    private static <T> T regle(Ligne l, Controles controles, Supplier<T> regle) {
        try {
            return regle.get();
        } catch (CompteRefuseException e) {
            controles.signaler(l.numero(), "nomAffiche".equals(e.champ()) ? "nom_affiche" : e.champ(), e.getMessage());
            return null;
        }
    }

    private static String valeur(Ligne l, String colonne) {
        String v = l.valeur(colonne);
        return v.isEmpty() ? null : v;
    }
}
