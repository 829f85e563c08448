package fr.pacte.web.lettre;

import fr.pacte.lettre.LettreService;
import fr.pacte.lettre.LettreVue;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** The PDF of a letter as a download, shared by the chef's page and the agent's page. */
final class TelechargementLettre {

    private TelechargementLettre() {
    }

    static StreamedContent pdf(LettreService lettres, LettreVue l) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        lettres.pdf(l.anneeScolaire(), l.uai(), l.identifiant(), null, pdf);
        byte[] contenu = pdf.toByteArray();
        return DefaultStreamedContent.builder()
                .name("lettre-mission-" + l.anneeScolaire() + "-" + l.uai() + "-" + l.identifiant() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) contenu.length)
                .stream(() -> new ByteArrayInputStream(contenu))
                .build();
    }
}
