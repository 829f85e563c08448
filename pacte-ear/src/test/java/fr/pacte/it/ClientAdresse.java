package fr.pacte.it;

import fr.pacte.database.dev.ClientLocal;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An HTTPS client whose connections leave from a loopback address of its own (127.0.0.2, …), so that the server
 * counts its login failures apart from the rest of the suite, which talks from 127.0.0.1 (Linux routes all of 127/8
 * to the loopback interface). java.net.http cannot choose its local address on Java 17; HttpsURLConnection takes a
 * socket factory, which binds each socket before it connects. One connection per request, no cookie but the session's.
 */
final class ClientAdresse {

    record Reponse(int statut, String retryAfter, String corps) {
    }

    private final String base;
    private final SSLSocketFactory fabrique;

    ClientAdresse(String adresseLocale, int port) {
        this.base = "https://127.0.0.1:" + port + "/pacte";
        try {
            this.fabrique = liee(ClientLocal.tls().getSocketFactory(), InetAddress.getByName(adresseLocale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of the API with Basic credentials. */
    Reponse basic(String chemin, String login, String motDePasse) {
        HttpsURLConnection c = ouvrir(chemin, null);
        c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + motDePasse).getBytes(StandardCharsets.UTF_8)));
        return lire(c);
    }

    /** A login on the form, as a browser: the page first (the session), then the post to j_security_check. */
    Reponse formulaire(String login, String motDePasse) {
        HttpsURLConnection page = ouvrir("/", null);
        lire(page);
        String cookie = page.getHeaderFields().entrySet().stream()
                .filter(e -> "Set-Cookie".equalsIgnoreCase(e.getKey())).flatMap(e -> e.getValue().stream())
                .filter(v -> v.startsWith("JSESSIONID=")).map(v -> v.split(";", 2)[0]).findFirst().orElse(null);
        HttpsURLConnection post = ouvrir("/j_security_check", cookie);
        post.setDoOutput(true);
        post.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        byte[] corps = ("j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(motDePasse, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        try (OutputStream sortie = post.getOutputStream()) {
            sortie.write(corps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lire(post);
    }

    private HttpsURLConnection ouvrir(String chemin, String cookie) {
        try {
            HttpsURLConnection c = (HttpsURLConnection) URI.create(base + chemin).toURL().openConnection();
            c.setSSLSocketFactory(fabrique);
            c.setHostnameVerifier((hote, session) -> "127.0.0.1".equals(hote)); // the local test server only
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(10_000);
            c.setReadTimeout(60_000);
            c.setRequestProperty("Connection", "close");
            c.setRequestProperty("Accept-Language", "fr-FR");
            if (cookie != null) {
                c.setRequestProperty("Cookie", cookie);
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reponse lire(HttpsURLConnection c) {
        try {
            int statut = c.getResponseCode();
            try (InputStream flux = statut >= 400 ? c.getErrorStream() : c.getInputStream()) {
                String corps = flux == null ? "" : new String(flux.readAllBytes(), StandardCharsets.UTF_8);
                return new Reponse(statut, c.getHeaderField("Retry-After"), corps);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every socket of the factory is bound to the local address before it connects. */
    private static SSLSocketFactory liee(SSLSocketFactory tls, InetAddress locale) {
        return new SSLSocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                Socket s = tls.createSocket();
                s.bind(new InetSocketAddress(locale, 0));
                return s;
            }

            @Override
            public Socket createSocket(String hote, int port) throws IOException {
                return tls.createSocket(hote, port, locale, 0);
            }

            @Override
            public Socket createSocket(String hote, int port, InetAddress ignoree, int portLocal) throws IOException {
                return tls.createSocket(hote, port, locale, 0);
            }

            @Override
            public Socket createSocket(InetAddress hote, int port) throws IOException {
                return tls.createSocket(hote, port, locale, 0);
            }

            @Override
            public Socket createSocket(InetAddress hote, int port, InetAddress ignoree, int portLocal) throws IOException {
                return tls.createSocket(hote, port, locale, 0);
            }

            @Override
            public Socket createSocket(Socket connectee, String hote, int port, boolean fermer) throws IOException {
                if (!locale.equals(connectee.getLocalAddress())) {
                    throw new IOException("socket partie de " + connectee.getLocalAddress() + " et non de " + locale);
                }
                return tls.createSocket(connectee, hote, port, fermer);
            }

            @Override
            public String[] getDefaultCipherSuites() {
                return tls.getDefaultCipherSuites();
            }

            @Override
            public String[] getSupportedCipherSuites() {
                return tls.getSupportedCipherSuites();
            }
        };
    }
}
