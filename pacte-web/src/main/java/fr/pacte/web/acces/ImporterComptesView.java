package fr.pacte.web.acces;

import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.securite.GestionComptesService;
import fr.pacte.securite.ImportComptes;
import fr.pacte.securite.MotDePasseUnique;
import fr.pacte.web.ImportEcran;
import fr.pacte.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The accounts file on the accounts page: upload, then every error of a refused file, or the number of accounts
 * created and their one-time passwords as one CSV download, offered once.
 */
@Named
@ViewScoped
public class ImporterComptesView extends ImportEcran {

    @Inject
    private GestionComptesService comptes;

    // held in memory until their one download, then dropped; transient: never written with a serialized session
    private transient List<MotDePasseUnique> motsDePasse;

    public void importer() {
        motsDePasse = null;
        String nom = nomAcceptable();
        if (nom == null) {
            return;
        }
        ImportComptes resultat = comptes.importer(nom, contenuLu());
        RapportImport rapport = resultat.rapport();
        setRapport(rapport);
        motsDePasse = resultat.motsDePasse();
        if (rapport.accepte()) {
            Messages.info("Comptes importés", rapport.crees() + " compte(s) créé(s) : téléchargez maintenant leurs mots"
                    + " de passe provisoires, ils ne seront proposés qu'une fois.");
        }
    }

    /**
     * The one-time passwords as {@code login;mot_de_passe}, once. The button is disabled afterwards, so JSF ignores a
     * second click from a page not refreshed since; should one come, it finds nothing to give.
     */
    public StreamedContent telechargerMotsDePasse() {
        if (!isMotsDePasseATelecharger()) {
            return null;
        }
        byte[] csv = EcritureTableau.csv(List.of("login", "mot_de_passe"),
                motsDePasse.stream().map(m -> List.of(m.login(), m.motDePasse())).toList());
        motsDePasse = null;
        return DefaultStreamedContent.builder()
                .name("mots-de-passe-provisoires.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public boolean isMotsDePasseATelecharger() {
        return motsDePasse != null && !motsDePasse.isEmpty();
    }

    public String getEnteteAttendue() {
        return ImportComptes.entete();
    }
}
