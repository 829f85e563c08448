package fr.pacte.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the JDBC realm. The password hash is read by Elytron only, never mapped here. */
@Entity
@Table(schema = "securite", name = "compte")
public class Compte {

    @Id
    private String login;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "departement_code")
    private String departement;

    private String uai;

    /** For an IEN: the circonscription whose écoles he sees. */
    @Column(name = "circonscription_code")
    private String circonscription;

    @Column(name = "nom_affiche")
    private String nomAffiche;

    private boolean actif;

    private String courriel;

    /** For a PERSONNEL account: the agent it belongs to (referentiel.personnel). */
    private String identifiant;

    protected Compte() {
    }

    public Utilisateur utilisateur() {
        return new Utilisateur(login, role, departement, uai, nomAffiche, identifiant, circonscription);
    }

    public boolean isActif() {
        return actif;
    }
}
