package fr.pacte.web.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body was read once (for the Idempotency-Key's fingerprint) and is read again by the resource. */
class RequeteRejouable extends HttpServletRequestWrapper {

    private final byte[] octets;

    RequeteRejouable(HttpServletRequest requete) throws IOException {
        super(requete);
        this.octets = requete.getInputStream().readAllBytes();
    }

    byte[] octets() {
        return octets;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream flux = new ByteArrayInputStream(octets);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return flux.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("lecture bloquante seulement");
            }

            @Override
            public int read() {
                return flux.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return flux.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encodage = getCharacterEncoding();
        Charset charset = encodage == null ? StandardCharsets.UTF_8 : Charset.forName(encodage);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return octets.length;
    }

    @Override
    public long getContentLengthLong() {
        return octets.length;
    }
}
