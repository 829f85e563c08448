package fr.pacte.web.dotation;

import fr.pacte.commun.ConflitException;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.LigneAllocation;
import fr.pacte.dotation.RegleDotationException;
import fr.pacte.dotation.ReserveDepartement;
import fr.pacte.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dialog where the rectorat sets the académie's allocation and the reserve of each département. */
@Named
@ViewScoped
public class AllocationView implements Serializable {

    /** One line of the allocation as typed. */
    public static class Montant implements Serializable {
        private final LigneAllocation ligne;
        private long version;
        private BigDecimal valeur;

        Montant(LigneAllocation ligne, BigDecimal valeur, long version) {
            this.ligne = ligne;
            this.valeur = valeur;
            this.version = version;
        }

        public String getLibelle() {
            return ligne.libelle();
        }

        public String getCode() {
            return ligne.name();
        }

        public BigDecimal getValeur() {
            return valeur;
        }

        public void setValeur(BigDecimal valeur) {
            this.valeur = valeur;
        }
    }

    @Inject
    private DotationService dotations;
    @Inject
    private DistribuerEnveloppesView ecran;
    @Inject
    private TotauxDotationView totaux;

    private List<Montant> montants = List.of();
    private List<ReserveSaisie> reserves = List.of();
    private String motif;

    /** Fills the dialog with the stored values. */
    public void preparer() {
        String annee = ecran.getAnnee();
        montants = dotations.allocation(annee).stream().map(e -> new Montant(e.ligne(), e.alloue(), e.version())).toList();
        Map<String, ReserveDepartement> existantes = new HashMap<>();
        dotations.reserves(annee).forEach(r -> existantes.put(r.departement(), r));
        reserves = ecran.getDepartements().stream().map(d -> ReserveSaisie.de(d, existantes.get(d.code()))).toList();
        motif = null;
    }

    public void enregistrer() {
        String annee = ecran.getAnnee();
        try {
            Map<LigneAllocation, BigDecimal> lignes = new EnumMap<>(LigneAllocation.class);
            Map<LigneAllocation, Long> versions = new EnumMap<>(LigneAllocation.class);
            montants.forEach(m -> {
                lignes.put(m.ligne, m.valeur);
                versions.put(m.ligne, m.version);
            });
            dotations.fixerAllocation(annee, lignes, versions, motif).forEach(e -> montants.stream()
                    .filter(m -> m.ligne == e.ligne()).forEach(m -> m.version = e.version()));
            int modifiees = 0;
            for (ReserveSaisie r : reserves) {
                if (r.modifiee()) {
                    r.enregistree(dotations.fixerReserve(annee, r.getDepartement(), zero(r.getPremierDegre()),
                            zero(r.getSecondDegre()), zero(r.getVoiePro()), zero(r.getImp()), motif, r.version()));
                    modifiees++;
                }
            }
            Messages.info("Allocation enregistrée", "Allocation " + annee + " et " + modifiees + " réserve(s) modifiée(s).");
            PrimeFaces.current().executeScript("PF('allocation').hide()");
        } catch (RegleDotationException e) {
            Messages.erreur("Allocation refusée", e.getMessage());
        } catch (ConflitException e) {
            // someone saved meanwhile: show what is stored now, the user types his change again on it
            Messages.erreur("Modification concurrente", e.getMessage());
            preparer();
        } finally {
            totaux.recharger(annee);
        }
    }

    /** An empty field means none, as in the REST API. */
    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    public List<Montant> getMontants() {
        return montants;
    }

    public List<ReserveSaisie> getReserves() {
        return reserves;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }
}
