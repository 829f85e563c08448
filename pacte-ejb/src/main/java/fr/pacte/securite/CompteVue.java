package fr.pacte.securite;

import java.io.Serializable;
/** An account as the accounts screen and API show it: never its password hash. */
public record CompteVue(String login, String role, String departement, String circonscription, String uai,
                        String identifiant, String nomAffiche, String courriel, boolean actif, boolean motDePasseProvisoire) implements Serializable {
}
