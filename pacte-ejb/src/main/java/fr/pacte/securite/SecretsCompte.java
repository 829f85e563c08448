package fr.pacte.securite;

import org.mindrot.jbcrypt.BCrypt;

import java.security.SecureRandom;

/** One-time passwords and their bcrypt hashes, as every creation of an account makes them. */
final class SecretsCompte {

    private static final String CARACTERES = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom ALEA = new SecureRandom();

    private SecretsCompte() {
    }

    /** The bcrypt hash the realm checks (modular crypt form), the costly part of a creation. */
    static String empreinte(String motDePasse) {
        return BCrypt.hashpw(motDePasse, BCrypt.gensalt(10));
    }

    /** 16 characters out of 55 (no 0/O, 1/l/I), a dash in the middle: about 92 bits. */
    static String provisoire() {
        char[] s = new char[17];
        for (int i = 0; i < s.length; i++) {
            s[i] = i == 8 ? '-' : CARACTERES.charAt(ALEA.nextInt(CARACTERES.length()));
        }
        return new String(s);
    }
}
