package fr.pacte.database.dev;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/**
 * TLS towards the server this machine has just started (the run command, the tests): WildFly generates its own
 * self-signed certificate for localhost on first start, which no authority signs, so these clients accept the
 * server's certificate as it is. Never used towards another host; production clients verify certificates.
 */
public final class ClientLocal {

    private ClientLocal() {
    }

    /** A TLS context that accepts the local server's self-signed certificate. */
    public static SSLContext tls() {
        try {
            SSLContext contexte = SSLContext.getInstance("TLS");
            contexte.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chaine, String type) {
                    // no client certificate is asked for
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chaine, String type) {
                    // the local server's self-signed certificate, generated at its first start
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return contexte;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS indisponible", e);
        }
    }

    /** An HTTP client for the local server over HTTPS. */
    public static HttpClient.Builder client() {
        return HttpClient.newBuilder().sslContext(tls()).version(HttpClient.Version.HTTP_1_1);
    }
}
