package fr.pacte.demande;

import fr.pacte.securite.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * An in-application message to the chefs of a UAI, to the DASEN of a département or to one agent: about a request,
 * or about what another module announced ({@link fr.pacte.securite.Avis}: envelopes, letters, deadlines).
 */
@Entity
@Table(schema = "demande", name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demande_id")
    private Long demandeId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "departement_code")
    private String departement;

    private String uai;

    private String identifiant;

    private String objet = "DEMANDE";

    private String message;

    @Column(name = "creee_le")
    private OffsetDateTime creeeLe;

    private boolean lue;

    protected Notification() {
    }

    static Notification auxChefs(Demande d, String message) {
        Notification n = new Notification(d, message);
        n.role = Role.CHEF_ETABLISSEMENT;
        n.uai = d.getUai();
        return n;
    }

    static Notification auDasen(Demande d, String message) {
        Notification n = new Notification(d, message);
        n.role = Role.DASEN;
        n.departement = d.getDepartement();
        return n;
    }

    static Notification de(fr.pacte.securite.Avis avis) {
        Notification n = new Notification(null, avis.message());
        n.objet = avis.objet();
        n.role = avis.role();
        n.departement = avis.departement();
        n.uai = avis.uai();
        n.identifiant = avis.identifiant();
        return n;
    }

    private Notification(Demande d, String message) {
        this.demandeId = d == null ? null : d.getId();
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
        this.creeeLe = OffsetDateTime.now();
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getObjet() {
        return objet;
    }

    void marquerLue() {
        lue = true;
    }

    public Role getRole() {
        return role;
    }

    public String getDepartement() {
        return departement;
    }

    public String getUai() {
        return uai;
    }

    public Long getId() {
        return id;
    }

    public Long getDemandeId() {
        return demandeId;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getCreeeLe() {
        return creeeLe;
    }

    public boolean isLue() {
        return lue;
    }

    public NotificationVue vue() {
        return new NotificationVue(id, demandeId, objet, message, creeeLe, lue);
    }
}
