package fr.pacte.attribution;

import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.commun.Quantite;
import fr.pacte.commun.QuantiteRefuseeException;
import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.ImportRefuseException;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.commun.tableur.Ligne;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import fr.pacte.securite.Role;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Consolidation import of attributions: each line is parsed, then judged by exactly the rules of the screen and
 * the API, in file order (earlier lines count in the envelope of later ones). Any error: nothing is kept. A line
 * whose attribution is already in force (natural key, same parts or rate) is counted unchanged, so importing the
 * same file again writes nothing.
 */
@Dependent
class ImportAttributions {

    static final List<String> COLONNES = List.of("annee_scolaire", "uai", "identifiant", "dispositif", "code_mission",
            "parts", "taux_imp", "heures", "date_debut", "date_fin", "modalite");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Inject
    private ReferentielService referentiel;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private JournalAttributions journal;

    @Inject
    private EnregistrementAttribution enregistrement;

    /** @param contenu the upload, read up to {@link LecteurTableau#TAILLE_MAX} and never held whole in memory */
    RapportImport importer(String nomFichier, InputStream contenu, Utilisateur u,
                           Map<String, MissionCatalogue> catalogue, Map<String, TauxImp> taux) {
        String nom = nomFichier == null || nomFichier.isBlank() ? "attributions.csv" : nomFichier;
        List<ErreurImport> erreurs = new ArrayList<>();
        int[] creees = {0};
        int[] inchangees = {0};
        Set<String> anneesCreees = new TreeSet<>();
        Path fichier = null;
        try {
            fichier = LecteurTableau.deposer(contenu, nom);
            Set<String> annees = referentiel.campagnes().stream().map(Campagne::anneeScolaire).collect(Collectors.toSet());
            LecteurTableau.parcourir(fichier, nom, COLONNES, List.of(), l -> {
                Controles c = new Controles();
                NouvelleAttribution a = lire(l, c, annees);
                if (c.nombre() == 0 && u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(a.uai())) {
                    c.signaler(l.numero(), "uai", "ligne d'un autre établissement que le vôtre (" + u.uai() + ")");
                }
                if (c.nombre() == 0) {
                    try {
                        if (enregistrement.enregistrer(a, u, catalogue, taux).creee()) {
                            creees[0]++;
                            anneesCreees.add(a.annee());
                        } else {
                            inchangees[0]++; // the same attribution is already in force: a file imported again
                        }
                    } catch (AttributionRefuseeException refus) {
                        refus.erreurs().forEach(e -> c.signaler(l.numero(), e.champ(), e.regle()));
                    } catch (AttributionExistanteException existante) {
                        if (existante.actuelle() == null) {
                            throw existante; // written concurrently: the transaction is lost, the caller retries
                        }
                        c.signaler(l.numero(), Dispositif.IMP.est(a.dispositif()) ? "taux_imp" : "parts", existante.getMessage());
                    }
                }
                erreurs.addAll(c.erreurs());
            });
        } catch (ImportRefuseException e) {
            // a problem of the whole file (size, format, structure of a line), known once it is read: reported
            // alone, as when the file was read whole before any line was judged (the lines' writes are rolled back)
            erreurs.clear();
            erreurs.addAll(e.erreurs());
        } finally {
            LecteurTableau.supprimer(fichier);
        }
        if (!erreurs.isEmpty()) {
            transaction.setRollbackOnly();
            return RapportImport.refuse("attributions", nom, erreurs);
        }
        // an attribution is never changed by an import (that is an avenant, on the screen): nothing is "updated"
        RapportImport rapport = new RapportImport("attributions", nom, true, creees[0], 0, inchangees[0], List.of());
        journal.importAttributions(rapport, u, anneesCreees);
        return rapport;
    }

    private static NouvelleAttribution lire(Ligne l, Controles c, Set<String> annees) {
        String annee = c.obligatoire(l, "annee_scolaire", 9);
        if (!annee.isEmpty() && !annees.contains(annee)) {
            c.signaler(l.numero(), "annee_scolaire", "campagne inconnue : " + annee);
        }
        String dispositif = l.valeur("dispositif").toUpperCase();
        if (Dispositif.de(dispositif) == null) {
            c.signaler(l.numero(), "dispositif", "PACTE ou IMP attendu : « " + l.valeur("dispositif") + " »");
        }
        Modalite modalite = c.parmi(l, "modalite", Modalite.class, "modalité (ANNUELLE, PONCTUELLE, DECHARGE)");
        return new NouvelleAttribution(annee, l.valeur("uai").toUpperCase(), c.obligatoire(l, "identifiant", 20), dispositif,
                c.obligatoire(l, "code_mission", 40), nombre(l, c, "parts"), vide(l.valeur("taux_imp")),
                nombre(l, c, "heures"), date(l, c, "date_debut"), date(l, c, "date_fin"), modalite);
    }

    private static BigDecimal nombre(Ligne l, Controles c, String colonne) {
        try {
            // bounded before any arithmetic: "1E999999999" is refused here, never reaches remainder()
            return Quantite.lire(colonne, l.valeur(colonne),
                    "heures".equals(colonne) ? Quantite.Borne.HEURES : Quantite.Borne.PARTS_ATTRIBUTION);
        } catch (QuantiteRefuseeException e) {
            c.signaler(l.numero(), colonne, e.getMessage());
            return null;
        }
    }

    private static LocalDate date(Ligne l, Controles c, String colonne) {
        try {
            return LocalDate.parse(l.valeur(colonne), DATE);
        } catch (DateTimeParseException e) {
            c.signaler(l.numero(), colonne, "date impossible ou mal écrite (jj/mm/aaaa) : « " + l.valeur(colonne) + " »");
            return null;
        }
    }

    private static String vide(String v) {
        return v.isEmpty() ? null : v;
    }
}
