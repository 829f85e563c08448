package fr.pacte.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.WebApplicationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A request body read up to a maximum, never further: a larger file is refused (422, French message) as soon as
 * its declared length or its first byte past the maximum is seen, instead of being read whole into memory.
 */
final class CorpsBorne {

    /** Longest file name accepted in X-Nom-Fichier (the journal's and the attachment's columns are varchar(255)). */
    static final int NOM_FICHIER_MAX = 255;

    private CorpsBorne() {
    }

    static byte[] lire(InputStream corps, String longueurDeclaree, int maximum, String quoi) {
        verifierLongueur(longueurDeclaree, maximum, quoi);
        if (corps == null) {
            return new byte[0];
        }
        try {
            byte[] lus = corps.readNBytes(maximum + 1);
            if (lus.length > maximum) {
                throw refus(quoi, maximum);
            }
            return lus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses a body whose declared length is beyond the maximum, before reading it; the reader of a streamed body
     * (the référentiel imports) stops at the same maximum itself.
     */
    static void verifierLongueur(String longueurDeclaree, int maximum, String quoi) {
        if (longueurDeclaree != null && !longueurDeclaree.isBlank()) {
            try {
                long declaree = Long.parseLong(longueurDeclaree.strip());
                if (declaree > maximum) {
                    throw refus(quoi, maximum);
                }
            } catch (NumberFormatException e) {
                // a malformed Content-Length is the container's business; the bounded read still holds
            }
        }
    }

    /** The file name of X-Nom-Fichier, refused (422) beyond {@link #NOM_FICHIER_MAX} characters. */
    static String nomFichier(String nom) {
        if (nom != null && nom.length() > NOM_FICHIER_MAX) {
            throw new WebApplicationException(Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Erreur(String.format(Locale.FRANCE, "En-tête X-Nom-Fichier trop long : %d caractères"
                            + " pour %d au plus.", nom.length(), NOM_FICHIER_MAX))).build());
        }
        return nom;
    }

    private static WebApplicationException refus(String quoi, int maximum) {
        return new WebApplicationException(Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur(String.format(Locale.FRANCE, "%s trop volumineux : %d Mo au plus.", quoi,
                        maximum / (1024 * 1024)))).build());
    }
}
