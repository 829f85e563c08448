package fr.pacte.lettre;

import fr.pacte.commun.Noeud;
import fr.pacte.rapport.RapportsPacte;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Writes a bulk ZIP in the background: the letters stream from one database cursor into a work file, one letter in
 * memory at a time, the progress (and this node's sign of life) written to the lot every few letters; the ZIP is then
 * stored in PostgreSQL with the lot's end, and the work file deleted. Out of any transaction: the cursor is
 * its own, and a long ZIP never hits the transaction timeout.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductionLots {

    private static final Logger LOG = Logger.getLogger(ProductionLots.class.getName());
    private static final RapportsPacte RAPPORTS = new RapportsPacte();
    private static final int PAS_PROGRESSION = 25;

    @Inject
    private MesuresLettres mesures;

    @Inject
    private LecturesLettres lectures;

    @Inject
    private LotRepository lots;

    public void produire(long id) {
        String noeud = Noeud.nom();
        LotVue lot = lots.lire(id);
        CritereLettres critere = new CritereLettres(lot.anneeScolaire(), lot.uai(), lot.departement(), null);
        Path fichier = null;
        try {
            // a work file of this node, stored into PostgreSQL at the end (any node then serves it) and deleted
            fichier = Files.createDirectories(dossier()).resolve("lettres-" + id + "-" + UUID.randomUUID() + ".zip");
            if (!lots.demarrer(id, lectures.compter(critere), noeud)) {
                return;
            }
            MemoryMXBean memoire = ManagementFactory.getMemoryMXBean();
            long[] pic = {memoire.getHeapMemoryUsage().getUsed()};
            int[] faites = {0};
            boolean[] repris = {false};
            long debut = System.nanoTime();
            long debutCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (Stream<LettreLue> contenus = lectures.contenus(critere);
                 OutputStream sortie = new BufferedOutputStream(Files.newOutputStream(fichier), 64 * 1024)) {
                Iterator<LettreLue> suivantes = contenus.iterator();
                String[] identifiant = new String[1];
                Iterable<fr.pacte.rapport.LettreDeMission> lettres = () -> new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        // a lot taken over by another node: no more letters here
                        return !repris[0] && suivantes.hasNext();
                    }

                    @Override
                    public fr.pacte.rapport.LettreDeMission next() {
                        LettreLue lue = suivantes.next();
                        identifiant[0] = lue.identifiant();
                        return lue.contenu();
                    }
                };
                RAPPORTS.lettresDeMissionZip(lettres, l -> identifiant[0], sortie, n -> {
                    faites[0] = n;
                    pic[0] = Math.max(pic[0], memoire.getHeapMemoryUsage().getUsed());
                    if (n % PAS_PROGRESSION == 0 && !lots.avancer(id, n, noeud)) {
                        repris[0] = true;
                    }
                });
            }
            double secondes = (System.nanoTime() - debut) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - debutCpu) / 1e9;
            long taille = Files.size(fichier);
            String bilan = String.format(Locale.FRANCE, "%d lettres en %.1f s (%.0f lettres/s ; %.0f par seconde de CPU),"
                    + " pic de tas %d Mo, ZIP de %.1f Mo", faites[0], secondes, faites[0] / Math.max(secondes, 1e-3),
                    faites[0] / Math.max(cpu, 1e-3), pic[0] >> 20, taille / 1048576.0);
            if (!repris[0] && lots.avancer(id, faites[0], noeud) && lots.terminer(id, fichier, bilan, noeud)) {
                mesures.lot(faites[0], secondes);
                LOG.info(() -> "Lot de lettres " + id + " : " + bilan);
            } else {
                LOG.info(() -> "Lot de lettres " + id + " repris par un autre serveur : abandonné ici");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Lot de lettres " + id + " en échec", e);
            lots.echouer(id, "Échec de la production : " + e.getMessage(), noeud);
        } finally {
            supprimer(fichier);
        }
    }

    private static void supprimer(Path fichier) {
        try {
            if (fichier != null) {
                Files.deleteIfExists(fichier);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Fichier de travail " + fichier + " non supprimé", e);
        }
    }

    private static Path dossier() {
        String donnees = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(donnees, "pacte-lettres");
    }
}
