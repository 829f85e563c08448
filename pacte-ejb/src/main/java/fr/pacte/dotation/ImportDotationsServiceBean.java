package fr.pacte.dotation;

import fr.pacte.commun.Quantite;
import fr.pacte.commun.QuantiteRefuseeException;
import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.Controles;
import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.ImportRefuseException;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.commun.tableur.Ligne;
import fr.pacte.commun.tableur.Tableau;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.CampagneIntrouvableException;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class ImportDotationsServiceBean implements ImportDotationsService {

    static final List<String> COLONNES = List.of("annee_scolaire", "uai", "parts_pacte", "imp_taux_base");

    @Resource
    private SessionContext contexte;

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private LecturesDotation lectures;

    @Inject
    private EcritureEnveloppes ecriture;

    @Inject
    private JournalService journal;

    @Override
    public RapportImport importer(String nomFichier, byte[] contenu) {
        String nom = nomFichier == null || nomFichier.isBlank() ? "dotations.csv" : nomFichier;
        // line of each établissement, so that a refusal about one envelope names its line
        Map<String, Integer> numeros = new HashMap<>();
        try {
            Tableau t = LecteurTableau.lire(contenu, nom, COLONNES);
            Map<String, Map<String, BigDecimal[]>> parAnnee = analyser(t, numeros);
            int creees = 0;
            int modifiees = 0;
            int lignes = 0;
            for (Map.Entry<String, Map<String, BigDecimal[]>> e : parAnnee.entrySet()) {
                Campagne c = referentiel.campagne(e.getKey());
                EcritureEnveloppes.Ecriture faite = ecriture.ecrire(c, e.getValue(), null,
                        securite.utilisateurCourant().login(), "Import du fichier " + nom);
                // an envelope set for the first time is reported as created, not as changed (issue 15, point 8)
                creees += faite.premieres();
                modifiees += faite.changees().size() - faite.premieres();
                lignes += e.getValue().size();
            }
            RapportImport rapport = new RapportImport("dotations", nom, true, creees, modifiees,
                    lignes - creees - modifiees, List.of());
            journal.enregistrer(Evenement.importation(rapport, parAnnee.size() == 1 ? parAnnee.keySet().iterator().next() : null));
            return rapport;
        } catch (ImportRefuseException e) {
            return refuser(RapportImport.refuse("dotations", nom, e.erreurs()));
        } catch (RegleDotationException e) {
            // a rule broken by the file as a whole (the allocation exceeded by all its lines) names no line
            Integer ligne = e.uai() == null ? null : numeros.get(e.uai());
            return refuser(RapportImport.refuse("dotations", nom, List.of(new ErreurImport(ligne, colonne(e.champ()), e.getMessage()))));
        }
    }

    /** Nothing of the file is written, but the refusal is journaled in a transaction of its own. */
    private RapportImport refuser(RapportImport rapport) {
        contexte.setRollbackOnly();
        journal.enregistrerSepare(Evenement.importation(rapport, null));
        return rapport;
    }

    private Map<String, Map<String, BigDecimal[]>> analyser(Tableau t, Map<String, Integer> numeros) {
        Controles controles = new Controles();
        Map<String, Campagne> campagnes = new HashMap<>();
        Map<String, Map<String, BigDecimal[]>> parAnnee = new LinkedHashMap<>();
        Map<String, String> natures = lectures.natures(t.lignes().stream().map(l -> l.valeur("uai").toUpperCase()).toList());
        for (Ligne l : t.lignes()) {
            String annee = controles.obligatoire(l, "annee_scolaire", 9);
            Campagne c = annee.isEmpty() ? null : campagnes.computeIfAbsent(annee, this::campagneOuNull);
            if (!annee.isEmpty() && c == null) {
                controles.signaler(l.numero(), "annee_scolaire", "campagne inconnue : " + annee);
            }
            String uai = l.valeur("uai").toUpperCase();
            if (!natures.containsKey(uai)) {
                controles.signaler(l.numero(), "uai", "établissement inconnu : " + uai);
            }
            BigDecimal parts = nombre(controles, l, "parts_pacte",
                    c == null ? Quantites.PART : Quantites.quantumParts(c.demiPartsAutorisees()));
            BigDecimal imp = nombre(controles, l, "imp_taux_base", Quantites.QUART_IMP);
            if (c != null && controles.premiereOccurrence(l, "uai", annee + "/" + uai, "établissement")
                    && parts != null && imp != null) {
                parAnnee.computeIfAbsent(annee, a -> new LinkedHashMap<>()).put(uai, new BigDecimal[]{parts, imp});
                numeros.putIfAbsent(uai, l.numero());
            }
        }
        if (controles.nombre() > 0) {
            throw new ImportRefuseException(controles.erreurs());
        }
        return parAnnee;
    }

    private Campagne campagneOuNull(String annee) {
        try {
            return referentiel.campagne(annee);
        } catch (CampagneIntrouvableException e) {
            return null;
        }
    }

    private static BigDecimal nombre(Controles controles, Ligne l, String colonne, BigDecimal quantum) {
        try {
            // bounded before any arithmetic: "1E999999999" is refused here, never reaches remainder()
            BigDecimal v = Quantite.lire(colonne, l.valeur(colonne), Quantite.Borne.ENVELOPPE);
            String erreur = Quantites.erreur(v == null ? BigDecimal.ZERO : v, quantum, colonne, Quantite.Borne.ENVELOPPE);
            if (erreur != null) {
                controles.signaler(l.numero(), colonne, erreur);
                return null;
            }
            return v == null ? BigDecimal.ZERO : v;
        } catch (QuantiteRefuseeException e) {
            controles.signaler(l.numero(), colonne, e.getMessage());
            return null;
        }
    }

    private static String colonne(String champ) {
        return "imp".equals(champ) ? "imp_taux_base" : "parts_pacte";
    }
}
