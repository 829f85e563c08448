package fr.pacte.web.api;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** A response sent to the client as usual and copied, so that an Idempotency-Key can answer it again. */
class ReponseCopiee extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream copie = new ByteArrayOutputStream();
    private ServletOutputStream flux;
    private PrintWriter ecrivain;

    ReponseCopiee(HttpServletResponse reponse) {
        super(reponse);
    }

    byte[] octets() {
        if (ecrivain != null) {
            ecrivain.flush();
        }
        return copie.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (flux == null) {
            ServletOutputStream vrai = super.getOutputStream();
            flux = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return vrai.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    vrai.setWriteListener(listener);
                }

                @Override
                public void write(int b) throws IOException {
                    vrai.write(b);
                    copie.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    vrai.write(b, off, len);
                    copie.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    vrai.flush();
                }
            };
        }
        return flux;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (ecrivain == null) {
            ecrivain = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return ecrivain;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (ecrivain != null) {
            ecrivain.flush();
        }
        super.flushBuffer();
    }
}
