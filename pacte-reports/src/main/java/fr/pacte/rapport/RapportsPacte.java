package fr.pacte.rapport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import net.sf.jasperreports.engine.JasperPrint;

/** Point d'entrée des rapports métier : un modèle, ses paramètres, ses lignes. */
public final class RapportsPacte {

    static final String LISTE_ETABLISSEMENTS = "liste-etablissements";
    static final String LETTRE_MISSION = "lettre-mission";
    static final String SYNTHESE_PAIEMENTS = "synthese-paiements";
    static final String RAPPORT_ANNUEL = "rapport-annuel";
    static final String REPARTITION_CONSEILS = "repartition-conseils";

    private final RenduRapport rendu;
    private final Clock horloge;

    public RapportsPacte() {
        this(RenduRapport.partage(), Clock.system(FormatFrancais.FUSEAU));
    }

    /** L'horloge fixe la date d'édition imprimée en pied de page. */
    public RapportsPacte(RenduRapport rendu, Clock horloge) {
        this.rendu = rendu;
        this.horloge = horloge;
    }

    /** {@code sousTitre} peut être nul (pas de filtre). */
    public byte[] listeEtablissementsPdf(String sousTitre, List<LigneEtablissementRapport> lignes) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("SOUS_TITRE", sousTitre);
        parametres.put("DATE_EDITION", Date.from(horloge.instant()));
        return rendu.pdf(LISTE_ETABLISSEMENTS, parametres, lignes);
    }

    /** La répartition pour les conseils pédagogique et d'administration (seed 003), datée de son édition. */
    public byte[] repartitionConseilsPdf(RepartitionConseils r) {
        Map<String, Object> parametres = ContenuRepartitionConseils.parametres(r);
        parametres.put("DATE_EDITION", Date.from(horloge.instant()));
        return rendu.pdf(REPARTITION_CONSEILS, parametres, ContenuRepartitionConseils.lignes(r));
    }

    /** Lettre de mission (ou avenant, selon {@code lettre.version()}), une page A4 jusqu'à six missions environ. */
    public byte[] lettreDeMissionPdf(LettreDeMission lettre) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream(32 * 1024);
        lettreDeMissionPdf(lettre, sortie);
        return sortie.toByteArray();
    }

    /** Écrit le PDF au fil de l'export ; le flux n'est pas fermé. */
    public void lettreDeMissionPdf(LettreDeMission lettre, OutputStream sortie) {
        rendu.pdf(LETTRE_MISSION, ContenuLettre.parametres(lettre),
                SourcesDonnees.de(ContenuLettre.lignes(lettre)), sortie);
    }

    /**
     * Un PDF par lettre dans un ZIP, entrées {@code <UAI>/<NOM>_<PRENOM>_<rang>_v<version>.pdf} (rang à partir
     * de 1). Les lettres sont lues et rendues une à une : {@code lettres} peut être un parcours paresseux.
     * {@code progression} reçoit le nombre de lettres écrites après chacune. Le flux n'est pas fermé.
     */
    public void lettresDeMissionZip(Iterable<LettreDeMission> lettres, OutputStream sortie, IntConsumer progression) {
        lettresDeMissionZip(lettres, lettre -> null, sortie, progression);
    }

    /** Comme ci-dessus, l'identifiant (du personnel, par exemple) remplaçant le rang quand il n'est pas vide. */
    public void lettresDeMissionZip(Iterable<LettreDeMission> lettres,
            Function<? super LettreDeMission, String> identifiant, OutputStream sortie, IntConsumer progression) {
        ArchiveLettres.ecrire(lettres, identifiant, sortie, progression == null ? n -> { } : progression,
                this::lettreDeMissionPdf);
    }

    /** Synthèse d'un mois de paie par département et dispositif ; {@code edition} est l'heure de clôture du mois. */
    public byte[] synthesePaiementsPdf(String titre, String sousTitre, Date edition, List<LigneSynthesePaiement> lignes) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("TITRE", titre);
        parametres.put("SOUS_TITRE", sousTitre);
        parametres.put("DATE_EDITION", edition);
        return rendu.pdf(SYNTHESE_PAIEMENTS, parametres, lignes);
    }

    /**
     * Annual report of the warehouse: title page with its table of contents, one table per page (with its chart when
     * given), definitions and sources at the end. The tables arrive already masked.
     */
    public byte[] rapportAnnuelPdf(String titre, String sousTitre, String definitions, List<TableauRapport> tableaux) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        RenduRapport.exporterPdf(rapportAnnuel(titre, sousTitre, definitions, tableaux), sortie);
        return sortie.toByteArray();
    }

    /** The filled annual report, before any export: what every format is drawn from (tests read its cells). */
    JasperPrint rapportAnnuel(String titre, String sousTitre, String definitions, List<TableauRapport> tableaux) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("TITRE", titre);
        parametres.put("SOUS_TITRE", sousTitre);
        parametres.put("DEFINITIONS", definitions);
        parametres.put("DATE_EDITION", Date.from(horloge.instant()));
        parametres.put("PAGES", new java.util.concurrent.ConcurrentHashMap<String, Integer>());
        Map<String, Object> graphiques = new HashMap<>();
        List<String> sommaire = new java.util.ArrayList<>();
        List<Map<String, ?>> lignes = new java.util.ArrayList<>();
        for (TableauRapport t : tableaux) {
            sommaire.add(t.code() + " – " + t.titre());
            if (t.graphique() != null) {
                graphiques.put(t.code(), t.graphique().rendu());
            }
            for (List<String> l : t.lignes()) {
                Map<String, Object> ligne = new HashMap<>();
                ligne.put("tableau", t.code());
                ligne.put("titre", t.titre());
                ligne.put("definition", t.definition());
                ligne.put("nb", t.entetes().size() - 1);
                ligne.put("h0", t.entetes().get(0));
                ligne.put("libelle", l.get(0));
                for (int c = 1; c < t.entetes().size(); c++) {
                    ligne.put("h" + c, t.entetes().get(c));
                    ligne.put("v" + c, l.get(c));
                }
                lignes.add(ligne);
            }
        }
        sommaire.add("Définitions et sources");
        parametres.put("SOMMAIRE", sommaire);
        parametres.put("GRAPHIQUES", graphiques);
        return rendu.remplir(RAPPORT_ANNUEL, parametres, new net.sf.jasperreports.engine.data.JRMapCollectionDataSource(lignes));
    }
}
