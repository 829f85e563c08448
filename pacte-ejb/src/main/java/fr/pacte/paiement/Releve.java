package fr.pacte.paiement;

import fr.pacte.referentiel.Dispositif;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.referentiel.Modalite;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The statement of a set of attributions: what was sent to payroll (as stored) followed by what is still to come. */
public record Releve(List<MissionPayee> missions, List<LigneEcheance> lignes, YearMonth premierOuvert) {

    public static Releve de(ContexteCampagne ctx, List<AttributionVue> attributions, List<Echeance> envoyees) {
        Map<Long, List<LigneEcheance>> parAttribution = new HashMap<>();
        envoyees.forEach(e -> parAttribution.computeIfAbsent(e.getAttributionId(), k -> new ArrayList<>()).add(e.ligne()));
        List<MissionPayee> missions = new ArrayList<>();
        List<LigneEcheance> lignes = new ArrayList<>();
        for (AttributionVue a : attributions) {
            List<LigneEcheance> sent = parAttribution.getOrDefault(a.id(), List.of());
            BigDecimal envoye = sent.isEmpty() ? null : somme(sent);
            lignes.addAll(sent);
            lignes.addAll(ctx.aVerser(a, envoye));
            missions.add(new MissionPayee(a.id(), a.uai(), a.identifiant(), a.dispositif(), a.codeMission(), a.voie(),
                    Dispositif.PACTE.est(a.dispositif()) ? a.parts().stripTrailingZeros().toPlainString() : a.tauxImp(),
                    a.modalite(), a.dateDebut(), a.dateFin(), ctx.montantAnnuel(a),
                    a.modalite() == Modalite.DECHARGE ? a.unitesImp() : BigDecimal.ZERO, a.annulee(),
                    ctx.servicesFaits().contains(a.id()), envoye == null ? BigDecimal.ZERO : envoye));
        }
        lignes.sort(Comparator.comparing(LigneEcheance::mois).thenComparing(LigneEcheance::uai)
                .thenComparing(LigneEcheance::identifiant).thenComparing(LigneEcheance::attributionId)
                .thenComparing(LigneEcheance::regularisation));
        return new Releve(missions, lignes, ctx.premierOuvert());
    }

    public BigDecimal total() {
        return somme(lignes);
    }

    public List<TotalMois> parMois() {
        return parMois(lignes, premierOuvert);
    }

    /** Totals per month; the months before {@code premierOuvert} are closed. */
    public static List<TotalMois> parMois(List<LigneEcheance> lignes, YearMonth premierOuvert) {
        Map<YearMonth, List<LigneEcheance>> mois = new TreeMap<>();
        lignes.forEach(l -> mois.computeIfAbsent(l.mois(), k -> new ArrayList<>()).add(l));
        List<TotalMois> totaux = new ArrayList<>();
        mois.forEach((m, l) -> totaux.add(new TotalMois(m, l.size(), somme(l),
                somme(l.stream().filter(LigneEcheance::regularisation).toList()), m.isBefore(premierOuvert))));
        return totaux;
    }

    /** Yearly amounts of the active attributions. */
    public BigDecimal totalAttributions() {
        return missions.stream().filter(m -> !m.annulee()).map(MissionPayee::montantAnnuel).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal enAttenteServiceFait() {
        return missions.stream().filter(MissionPayee::enAttenteServiceFait).map(MissionPayee::montantAnnuel)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal somme(List<LigneEcheance> lignes) {
        return lignes.stream().map(LigneEcheance::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
