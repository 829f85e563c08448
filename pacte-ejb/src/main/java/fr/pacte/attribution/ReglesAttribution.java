package fr.pacte.attribution;

import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Corps;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.Voie;
import java.util.EnumSet;
import fr.pacte.commun.Quantite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule an attribution must satisfy (seeds 001, 002, 003 and the campaign settings). Pure: the same
 * refusals for the screen, the API and the imports. Each refusal names its rule.
 */
public final class ReglesAttribution {

    private static final BigDecimal DEMI = new BigDecimal("0.5");
    /**
     * Natures where a mission of each voie may be attributed (an LPO has both voies of the lycée). Seed 003: IMP
     * « seront accomplies au sein d'un collège ou d'un lycée », a lycée professionnel is a lycée; seed 002: « des
     * missions spécifiques pour les établissements régionaux d'enseignement adapté et les lycées professionnels ».
     */
    private static final Map<Voie, Set<Nature>> VOIES = Map.of(
            Voie.PREMIER_DEGRE, EnumSet.of(Nature.ECOLE),
            Voie.SECOND_DEGRE, EnumSet.of(Nature.CLG, Nature.LYC, Nature.LPO, Nature.EREA),
            Voie.VOIE_PRO, EnumSet.of(Nature.LP, Nature.LPO, Nature.EREA));
    /** The 6e missions a collège gives to a professeur des écoles (seed 001/002, « en lien avec l'IEN »). */
    static final Set<String> MISSIONS_6E = Set.of("P1-SOUTIEN-6E", "P1-DEVOIRS-FAITS-6E");

    private ReglesAttribution() {
    }

    /** The voies whose missions may be attributed in an établissement of this nature (ACADEMIQUE never). */
    public static Set<String> voiesPermises(String natureEtablissement) {
        Nature nature = Nature.de(natureEtablissement);
        return VOIES.entrySet().stream().filter(v -> v.getValue().contains(nature))
                .map(v -> v.getKey().name()).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Whether a catalogue mission may be attributed in an établissement of this nature (the screen's list uses it):
     * its voie fits, or it is an IMP in a second-degré établissement or, where the campaign allows, in an école, or
     * a 6e mission in a collège (then for a professeur des écoles only, checked with the person).
     */
    public static boolean missionPermise(String nature, String dispositif, String voie, String code, boolean impPremierDegre) {
        Nature n = Nature.de(nature);
        return natures(voie).contains(n)
                || Dispositif.IMP.est(dispositif) && Voie.SECOND_DEGRE.est(voie) && impPermise(n, impPremierDegre)
                || MISSIONS_6E.contains(code) && n == Nature.CLG;
    }

    /** Where an IMP of the catalogue (voie SECOND_DEGRE) may be attributed: second degré, écoles if the campaign says. */
    private static boolean impPermise(Nature n, boolean impPremierDegre) {
        return n != null && (n.secondDegre() || impPremierDegre);
    }

    /** The natures where a mission of this voie (a code) may be attributed; none for an unknown voie. */
    private static Set<Nature> natures(String voie) {
        Voie v = Voie.de(voie);
        return v == null ? Set.of() : VOIES.getOrDefault(v, Set.of());
    }

    /** @return the broken rules, empty when the attribution may be saved */
    public static List<ErreurAttribution> verifier(NouvelleAttribution a, ContexteAttribution c) {
        List<ErreurAttribution> e = bornes(a);
        if (!e.isEmpty()) {
            return e;
        }
        if (c.affectationPersonnel() == null) {
            e.add(new ErreurAttribution("identifiant", "personnel inconnu : " + a.identifiant()));
        } else if (!c.affectationPersonnel().equals(a.uai()) && !peEnSixieme(a, c)) {
            e.add(new ErreurAttribution("identifiant", "le personnel " + a.identifiant() + " est affecté à "
                    + c.affectationPersonnel() + ", pas à " + a.uai()));
        }
        if (c.voieMission() == null) {
            e.add(new ErreurAttribution("code_mission", "mission inconnue au catalogue : " + a.codeMission()));
            return e;
        }
        if (!c.dispositifMission().equals(a.dispositif())) {
            e.add(new ErreurAttribution("dispositif", "la mission " + a.codeMission() + " relève du dispositif "
                    + c.dispositifMission() + ", pas " + a.dispositif()));
            return e;
        }
        voie(a, c, e);
        volontariat(a, c, e);
        dates(a, c, e);
        if (Dispositif.PACTE.est(a.dispositif())) {
            pacte(a, c, e);
        } else {
            imp(a, c, e);
        }
        if (!c.enveloppePubliee()) {
            e.add(new ErreurAttribution("uai", "l'enveloppe " + a.annee() + " de " + a.uai() + " n'est pas encore publiée"));
        }
        return e;
    }

    /** Magnitude and decimals of the quantities, before any arithmetic on them (a 1E999999999 would hang it). */
    static List<ErreurAttribution> bornes(NouvelleAttribution a) {
        List<ErreurAttribution> e = new ArrayList<>();
        String parts = Quantite.refus("parts", a.parts(), Quantite.Borne.PARTS_ATTRIBUTION);
        if (parts != null) {
            e.add(new ErreurAttribution("parts", parts));
        }
        String heures = Quantite.refus("heures", a.heures(), Quantite.Borne.HEURES);
        if (heures != null) {
            e.add(new ErreurAttribution("heures", heures));
        }
        return e;
    }

    private static void voie(NouvelleAttribution a, ContexteAttribution c, List<ErreurAttribution> e) {
        if (Voie.ACADEMIQUE.est(c.voieMission())) {
            e.add(new ErreurAttribution("code_mission", "une mission académique est attribuée par le recteur, pas par l'établissement"));
        } else if (!natures(c.voieMission()).contains(Nature.de(c.natureEtablissement())) && !impSecondDegre(c) && !peEnSixieme(a, c)) {
            e.add(new ErreurAttribution("code_mission", "une mission de la voie " + c.voieMission()
                    + " ne peut pas être attribuée dans un établissement de nature " + c.natureEtablissement()));
        }
    }

    /**
     * Seed 003: IMP « accomplies au sein d'un collège ou d'un lycée », LP included; décret 2017-965: in an école only
     * where the campaign allows it. The seeds name no école IMP mission, so any IMP of the catalogue may then be given.
     */
    private static boolean impSecondDegre(ContexteAttribution c) {
        return Dispositif.IMP.est(c.dispositifMission()) && Voie.SECOND_DEGRE.est(c.voieMission())
                && impPermise(Nature.de(c.natureEtablissement()), c.impPremierDegre());
    }

    /**
     * Seed 001/002: the 6e sessions are given in a collège to a professeur des écoles (« période choisie par le chef
     * d'établissement en lien avec l'IEN »): a PE affected in an école, counted in the collège's envelope.
     */
    static boolean peEnSixieme(NouvelleAttribution a, ContexteAttribution c) {
        return MISSIONS_6E.contains(a.codeMission()) && Nature.CLG.est(c.natureEtablissement())
                && Corps.PE.est(c.corpsPersonnel()) && Nature.ECOLE.est(c.natureAffectation());
    }

    /** Seed 002: « sur la base du volontariat »; seed 003: « enseignants (ou CPE) volontaires » (campaign setting). */
    private static void volontariat(NouvelleAttribution a, ContexteAttribution c, List<ErreurAttribution> e) {
        if (c.volontariatRequis() && !c.volontaire() && c.affectationPersonnel() != null) {
            e.add(new ErreurAttribution("identifiant", a.identifiant() + " ne s'est pas déclaré volontaire pour "
                    + a.annee() + " : enregistrez son volontariat dans Répartition"));
        }
    }

    private static void dates(NouvelleAttribution a, ContexteAttribution c, List<ErreurAttribution> e) {
        if (a.dateDebut() == null || a.dateFin() == null) {
            e.add(new ErreurAttribution("date_debut", "dates de début et de fin obligatoires"));
            return;
        }
        if (a.dateDebut().isAfter(a.dateFin())) {
            e.add(new ErreurAttribution("date_fin", "la date de fin précède la date de début"));
        }
        if (a.dateDebut().isBefore(c.debutCampagne()) || a.dateFin().isAfter(c.finCampagne())) {
            e.add(new ErreurAttribution("date_debut", "les dates doivent rester dans l'année scolaire " + a.annee()
                    + " (du " + c.debutCampagne() + " au " + c.finCampagne() + ")"));
        }
    }

    private static void pacte(NouvelleAttribution a, ContexteAttribution c, List<ErreurAttribution> e) {
        BigDecimal parts = a.parts();
        if (a.modalite() != Modalite.ANNUELLE) {
            e.add(new ErreurAttribution("modalite", "une part Pacte est payée par neuvièmes : modalité ANNUELLE"));
        }
        if (a.tauxImp() != null && !a.tauxImp().isBlank()) {
            e.add(new ErreurAttribution("taux_imp", "pas de taux IMP pour une mission Pacte"));
        }
        if (parts == null || parts.signum() <= 0) {
            e.add(new ErreurAttribution("parts", "nombre de parts obligatoire"));
            return;
        }
        BigDecimal quantum = c.demiParts() ? DEMI : BigDecimal.ONE;
        if (parts.remainder(quantum).signum() != 0) {
            e.add(new ErreurAttribution("parts", parts.stripTrailingZeros().toPlainString() + " part(s) : "
                    + (c.demiParts() ? "par demi-parts" : "par parts entières (demi-parts non autorisées pour la campagne)")));
        }
        heures(a, c, parts, e);
        String plafond = plafondDepasse(c.voieMission(), c.partsVoieProPersonnel(), c.partsAutresPersonnel(), parts,
                c.plafondVoiePro(), c.plafondAutres());
        if (plafond != null) {
            e.add(new ErreurAttribution("parts", "plafond personnel dépassé : " + a.identifiant() + " aurait " + plafond));
        }
        if (c.partsAttribuees().add(parts).compareTo(c.partsEnveloppe()) > 0) {
            e.add(new ErreurAttribution("parts", "enveloppe dépassée : " + reste(c.partsEnveloppe(), c.partsAttribuees())
                    + " part(s) restante(s) à " + a.uai()));
        }
    }

    /**
     * The person's cap over the whole campaign, all voies (seeds 001/002: « jusqu'à six parts fonctionnelles … jusqu'à
     * 7 500 € » is one person's Pacte): parts outside voie pro at most plafondAutres; once any part is voie pro, all
     * his parts together at most plafondVoiePro. Also read by the LP sheet of the répartition screen.
     * @return what the person would hold, or null when within the caps
     */
    public static String plafondDepasse(String voie, BigDecimal voiePro, BigDecimal autres, BigDecimal ajout,
                                        int plafondVoiePro, int plafondAutres) {
        BigDecimal vp = Voie.VOIE_PRO.est(voie) ? voiePro.add(ajout) : voiePro;
        BigDecimal au = Voie.VOIE_PRO.est(voie) ? autres : autres.add(ajout);
        if (au.compareTo(BigDecimal.valueOf(plafondAutres)) > 0) {
            return texte(au) + " parts hors voie professionnelle pour " + plafondAutres + " au plus";
        }
        BigDecimal total = vp.add(au);
        if (vp.signum() > 0 && total.compareTo(BigDecimal.valueOf(plafondVoiePro)) > 0) {
            return texte(total) + " parts dans la campagne, dont " + texte(vp) + " en voie professionnelle, pour "
                    + plafondVoiePro + " au plus toutes voies confondues";
        }
        return null;
    }

    /** How many more voie pro parts the person may take under {@link #plafondDepasse} (0 when none). */
    public static BigDecimal resteVoiePro(BigDecimal voiePro, BigDecimal autres, int plafondVoiePro, int plafondAutres) {
        BigDecimal autresBornes = autres.min(BigDecimal.valueOf(plafondAutres));
        return BigDecimal.valueOf(plafondVoiePro).subtract(voiePro).subtract(autresBornes).max(BigDecimal.ZERO);
    }

    private static String texte(BigDecimal b) {
        return Quantite.texte(b);
    }

    /** The hours a mission counted in hours gives for these parts (its quantum per part); null for a forfait. */
    public static BigDecimal heuresAttendues(BigDecimal parts, Integer quantumHeures) {
        return quantumHeures == null || parts == null ? null : parts.multiply(BigDecimal.valueOf(quantumHeures));
    }

    private static void heures(NouvelleAttribution a, ContexteAttribution c, BigDecimal parts, List<ErreurAttribution> e) {
        if (c.quantumHeures() == null) {
            if (a.heures() != null && a.heures().signum() != 0) {
                e.add(new ErreurAttribution("heures", "mission forfaitaire : pas d'heures à saisir"));
            }
            return;
        }
        BigDecimal attendu = heuresAttendues(parts, c.quantumHeures());
        if (a.heures() == null || a.heures().compareTo(attendu) != 0) {
            e.add(new ErreurAttribution("heures", "mission de " + c.quantumHeures() + " h par part : "
                    + attendu.stripTrailingZeros().toPlainString() + " h attendues pour "
                    + parts.stripTrailingZeros().toPlainString() + " part(s)"));
        }
    }

    private static void imp(NouvelleAttribution a, ContexteAttribution c, List<ErreurAttribution> e) {
        if (a.parts() != null && a.parts().signum() != 0) {
            e.add(new ErreurAttribution("parts", "pas de parts Pacte pour une mission IMP"));
        }
        if (a.modalite() == null) {
            e.add(new ErreurAttribution("modalite", "modalité obligatoire : ANNUELLE, PONCTUELLE ou DECHARGE"));
        }
        if (c.coefficientTaux() == null) {
            e.add(new ErreurAttribution("taux_imp", "taux IMP inconnu : " + a.tauxImp() + " (001 à 005)"));
            return;
        }
        if (a.modalite() == Modalite.DECHARGE) {
            if (c.dechargeAttribuee().add(c.coefficientTaux()).compareTo(c.dechargeEnveloppe()) > 0) {
                // the quota exists only once the DASEN has granted a conversion of IMP (seed 003): say so
                e.add(new ErreurAttribution("modalite", "quota de décharge dépassé : "
                        + reste(c.dechargeEnveloppe(), c.dechargeAttribuee()) + " h restante(s) à " + a.uai()
                        + " ; une décharge se prend sur les heures d'IMP converties : demandez d'abord au DASEN la"
                        + " conversion d'IMP en décharge (Demandes)"));
            }
        } else if (c.impAttribues().add(c.coefficientTaux()).compareTo(c.impEnveloppe()) > 0) {
            e.add(new ErreurAttribution("taux_imp", "enveloppe IMP dépassée : "
                    + reste(c.impEnveloppe(), c.impAttribues()) + " IMP restante(s) à " + a.uai()));
        }
    }

    private static String reste(BigDecimal enveloppe, BigDecimal pris) {
        return Quantite.texte(enveloppe.subtract(pris).max(BigDecimal.ZERO));
    }
}
