package fr.pacte.securite;

import java.io.Serializable;
/** An account and the one-time password it was just given, shown once to the rectorat and stored only hashed. */
public record MotDePasseUnique(String login, String motDePasse) implements Serializable {

    /** Never the password: a record printed in a log would otherwise keep it. */
    @Override
    public String toString() {
        return "MotDePasseUnique[login=" + login + "]";
    }
}
