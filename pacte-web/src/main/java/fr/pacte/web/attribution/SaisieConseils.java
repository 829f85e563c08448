package fr.pacte.web.attribution;

import fr.pacte.suivi.DatesConseils;

import java.io.Serializable;
import java.time.LocalDate;

/** The dates of the conseils as typed on the répartition page, until they are saved. */
public class SaisieConseils implements Serializable {

    private LocalDate pedagogique;
    private LocalDate administration;

    void lire(DatesConseils d) {
        pedagogique = d.conseilPedagogique();
        administration = d.conseilAdministration();
    }

    public LocalDate getPedagogique() {
        return pedagogique;
    }

    public void setPedagogique(LocalDate pedagogique) {
        this.pedagogique = pedagogique;
    }

    public LocalDate getAdministration() {
        return administration;
    }

    public void setAdministration(LocalDate administration) {
        this.administration = administration;
    }
}
