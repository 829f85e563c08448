package fr.pacte.lettre;

import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.Utilisateur;

/**
 * Who may do what with a lettre de mission: the rectorat reads every letter, a DASEN those of his département, a
 * chef those of his établissement (he alone signs them, and records an acceptance given on paper), an agent only his
 * own letters (and accepts them); an analyst sees no letter (names).
 */
final class PerimetreLettres {

    private PerimetreLettres() {
    }

    /** @param departement the département of the letter's établissement */
    static void lire(Utilisateur u, String uai, String departement, String identifiant) {
        boolean permis = switch (u.role()) {
            case RECTORAT -> true;
            case DASEN -> u.departement().equals(departement);
            case CHEF_ETABLISSEMENT -> u.uai().equals(uai);
            case PERSONNEL -> u.identifiant() != null && u.identifiant().equals(identifiant);
            // IEN: the letters of his écoles need their circonscription here (not read yet): refused meanwhile
            case ANALYSTE, IEN -> false;
        };
        if (!permis) {
            throw new AccesRefuseException("Lettre de mission hors de votre périmètre : " + uai + " / " + identifiant);
        }
    }

    static void signer(Utilisateur u, String uai) {
        if (u.role() != Role.CHEF_ETABLISSEMENT || !u.uai().equals(uai)) {
            throw new AccesRefuseException("Seul le chef de l'établissement " + uai + " signe ses lettres de mission.");
        }
    }

    /** @return true when the chef records the acceptance, false when the agent accepts with his own account */
    static boolean accepter(Utilisateur u, String uai, String identifiant) {
        if (u.role() == Role.PERSONNEL && u.identifiant() != null && u.identifiant().equals(identifiant)) {
            return false;
        }
        if (u.role() == Role.CHEF_ETABLISSEMENT && u.uai().equals(uai)) {
            return true;
        }
        throw new AccesRefuseException("Seul l'agent lui-même, ou le chef de l'établissement " + uai
                + " qui enregistre son acceptation, accepte une lettre de mission.");
    }

    /**
     * The scope of a bulk ZIP: {@code uai} null means every établissement the caller sees (a chef: his own).
     * @return the département to restrict to, or null
     */
    static String lot(Utilisateur u, String uai, String departementUai) {
        switch (u.role()) {
            case RECTORAT -> {
                return null;
            }
            case DASEN -> {
                if (uai != null && !u.departement().equals(departementUai)) {
                    throw new AccesRefuseException("Établissement hors de votre département : " + uai);
                }
                return u.departement();
            }
            case CHEF_ETABLISSEMENT -> {
                if (uai != null && !u.uai().equals(uai)) {
                    throw new AccesRefuseException("Établissement hors de votre périmètre : " + uai);
                }
                return null;
            }
            default -> throw new AccesRefuseException("Les lots de lettres de mission sont réservés aux gestionnaires.");
        }
    }
}
