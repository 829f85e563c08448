package fr.pacte.web.dotation;

import fr.pacte.web.QuantiteConverter;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.FiltreDotations;
import fr.pacte.dotation.OperationMasse;
import fr.pacte.dotation.RegleDotationException;
import fr.pacte.dotation.RepartitionService;
import fr.pacte.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Bulk actions on the rows the filters select: the rectorat first sees how many établissements the action
 * touches, then confirms; the service applies it to all of them or to none.
 */
@Named
@ViewScoped
public class OperationsMasseView implements Serializable {

    @Inject
    private DotationService dotations;
    @Inject
    private RepartitionService repartition;
    @Inject
    private DistribuerEnveloppesView ecran;
    @Inject
    private TotauxDotationView totaux;

    private OperationMasse.Type type = OperationMasse.Type.FIXER_PARTS;
    private BigDecimal valeur;
    private long nombre;

    /** Counts the selection and asks for confirmation. */
    public void preparer() {
        if (type != OperationMasse.Type.RECONDUIRE_N1 && valeur == null) {
            Messages.erreur("Valeur manquante", "Indiquez la valeur de l'action « " + type.libelle() + " ».");
            return;
        }
        nombre = dotations.lignes(ecran.getAnnee(), filtre(), 0, 1).total();
        if (nombre == 0) {
            Messages.erreur("Aucun établissement", "Les filtres ne retiennent aucun établissement.");
            return;
        }
        PrimeFaces.current().ajax().update("masse-formulaire:masse-confirmation");
        PrimeFaces.current().executeScript("PF('masse').show()");
    }

    public void appliquer() {
        try {
            int n = repartition.appliquerEnMasse(ecran.getAnnee(), filtre(), new OperationMasse(type, valeur),
                    ecran.getMotif());
            Messages.info("Action appliquée", "« " + getDescription() + " » : " + n + " enveloppe(s) modifiée(s).");
            totaux.recharger(ecran.getAnnee());
        } catch (RegleDotationException e) {
            Messages.erreur("Action refusée : rien n'a été modifié", e.getMessage());
        }
    }

    private FiltreDotations filtre() {
        return ecran.getCriteres().filtre(null, true);
    }

    public String getDescription() {
        return type == OperationMasse.Type.RECONDUIRE_N1 ? type.libelle()
                : type.libelle() + " " + QuantiteConverter.format(valeur);
    }

    public OperationMasse.Type[] getTypes() {
        return OperationMasse.Type.values();
    }

    public OperationMasse.Type getType() {
        return type;
    }

    public void setType(OperationMasse.Type type) {
        if (type != null) {
            this.type = type;
        }
    }

    public BigDecimal getValeur() {
        return valeur;
    }

    public void setValeur(BigDecimal valeur) {
        this.valeur = valeur;
    }

    public long getNombre() {
        return nombre;
    }
}
