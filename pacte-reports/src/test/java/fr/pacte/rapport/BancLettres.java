package fr.pacte.rapport;

import fr.pacte.database.banc.Banc;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Banc (pas un test) : N lettres (argument, 2000 par défaut) (a) par {@link RapportsPacte#lettresDeMissionZip}
 * vers un fichier ZIP, (b) par une boucle Jasper nue (fillReport + exportReportToPdfStream) sur le même modèle
 * compilé et les mêmes données, préparées avant la mesure. Après une chauffe, des tours {@link Banc} (a) contre (b),
 * l'ordre alterné d'un tour à l'autre (rapport des médianes à chaque tour, pic de tas de chacun au dernier), puis
 * un tour entrelacé lettre à lettre : la charge des autres processus y pèse autant sur (a) que sur (b). Le CPU du
 * thread est donné à côté du temps écoulé. Voir pacte-reports/README.md.
 */
public final class BancLettres {

    private static final MemoryMXBean MEMOIRE = ManagementFactory.getMemoryMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BancLettres() {
    }

    public static void main(String[] arguments) throws Exception {
        int nombre = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 2000;
        RapportsPacte rapports = new RapportsPacte();
        JasperReport modele = RenduRapport.partage().modele(RapportsPacte.LETTRE_MISSION);
        System.out.printf("%d lettres, %d cœurs, charge moyenne %.2f, -Xmx %d Mo%n", nombre,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20);
        Path archive = Files.createTempFile("lettres-", ".zip");
        try {
            // Chauffe : quelques milliers de lettres avant que le JIT se taise ; sinon la première mesure paie.
            entrelace(rapports, modele, nombre, archive);

            // (a) against (b) with the harness of the other benchmarks: rounds alternating which goes first
            Banc banc = new Banc("BancLettres", Banc.tours(3));
            Mesure[] derniers = new Mesure[2];
            banc.comparer("(a) lettresDeMissionZip", () -> {
                Mesure zip = new Mesure();
                zip.demarrer();
                zip(rapports, Lettres.serie(nombre), archive, zip);
                zip.arreter();
                derniers[0] = zip;
                return zip.nanos / 1e6;
            }, "(b) Jasper nu", () -> {
                derniers[1] = nu(modele, preparer(nombre), new Mesure()); // prepared outside its measure
                return derniers[1].nanos / 1e6;
            }, 1.2);
            System.out.printf("dernier tour%n  (a) lettresDeMissionZip %s%n  (b) Jasper nu         %s%n"
                    + "  ZIP %d Ko, %d octets de PDF par lettre%n", derniers[0].resume(nombre),
                    derniers[1].resume(nombre), Files.size(archive) >> 10, derniers[1].octets / nombre);

            Mesure[] entrelace = entrelace(rapports, modele, nombre, archive);
            System.out.printf("entrelacé (pic de tas commun)%n  (a) lettresDeMissionZip %s%n"
                    + "  (b) Jasper nu         %s%n", entrelace[0].resume(nombre), entrelace[1].resume(nombre));
            afficherRapport(entrelace[0], entrelace[1]);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    /** (a) et (b) lettre à lettre ; (a) = temps total moins celui de (b). */
    private static Mesure[] entrelace(RapportsPacte rapports, JasperReport modele, int nombre, Path archive)
            throws Exception {
        Mesure total = new Mesure();
        Mesure nu = new Mesure();
        Iterable<LettreDeMission> lettres = entrelacer(Lettres.serie(nombre), preparer(nombre), modele, nu);
        total.demarrer();
        zip(rapports, lettres, archive, total);
        total.arreter();
        return new Mesure[] {total.moins(nu), nu};
    }

    private static void afficherRapport(Mesure zip, Mesure nu) {
        System.out.printf("  rapport (a)/(b) : %.2f (temps écoulé), %.2f (CPU)%n",
                (double) nu.nanos / zip.nanos, (double) nu.cpu / zip.cpu);
    }

    private static void zip(RapportsPacte rapports, Iterable<LettreDeMission> lettres, Path archive, Mesure mesure)
            throws Exception {
        try (OutputStream sortie = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16)) {
            rapports.lettresDeMissionZip(lettres, sortie, rang -> mesure.relever());
        }
    }

    private static Mesure nu(JasperReport modele, List<Donnees> donnees, Mesure mesure) throws JRException {
        mesure.demarrer();
        for (Donnees lettre : donnees) {
            lettre.rendre(modele, mesure);
        }
        mesure.arreter();
        return mesure;
    }

    /** Avant de livrer la lettre i au ZIP, rend la lettre i en boucle nue, mesurée à part. */
    private static Iterable<LettreDeMission> entrelacer(Iterable<LettreDeMission> lettres, List<Donnees> donnees,
            JasperReport modele, Mesure nu) {
        return () -> new Iterator<>() {
            private final Iterator<LettreDeMission> suivantes = lettres.iterator();
            private int rang;

            @Override
            public boolean hasNext() {
                return suivantes.hasNext();
            }

            @Override
            public LettreDeMission next() {
                nu.demarrer();
                try {
                    donnees.get(rang++).rendre(modele, nu);
                } catch (JRException e) {
                    throw new IllegalStateException(e);
                }
                nu.arreter();
                return suivantes.next();
            }
        };
    }

    private record Donnees(Map<String, Object> parametres, List<Map<String, ?>> lignes) {

        void rendre(JasperReport modele, Mesure mesure) throws JRException {
            JasperExportManager.exportReportToPdfStream(JasperFillManager.fillReport(modele,
                    new HashMap<>(parametres), new JRMapCollectionDataSource(lignes)), mesure.compteur);
            mesure.relever();
        }
    }

    private static List<Donnees> preparer(int nombre) {
        List<Donnees> donnees = new ArrayList<>(nombre);
        for (LettreDeMission lettre : Lettres.serie(nombre)) {
            Map<String, Object> parametres = ContenuLettre.parametres(lettre);
            parametres.put(JRParameter.REPORT_LOCALE, FormatFrancais.LOCALE);
            parametres.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(FormatFrancais.FUSEAU));
            List<Map<String, ?>> lignes = new ArrayList<>();
            for (LigneLettre ligne : ContenuLettre.lignes(lettre)) {
                lignes.add(Map.of("nature", ligne.nature(), "texte", ligne.texte()));
            }
            donnees.add(new Donnees(parametres, lignes));
        }
        return donnees;
    }

    /** Temps écoulé et CPU du thread cumulés, tas occupé le plus haut relevé après chaque lettre (déchets compris). */
    private static final class Mesure {
        private long nanos;
        private long cpu;
        private long debut;
        private long debutCpu;
        private long picTas;
        private long octets;
        private final OutputStream compteur = new OutputStream() {
            @Override
            public void write(int octet) {
                octets++;
            }

            @Override
            public void write(byte[] tampon, int position, int longueur) {
                octets += longueur;
            }
        };

        void demarrer() {
            debut = System.nanoTime();
            debutCpu = THREADS.getCurrentThreadCpuTime();
        }

        void arreter() {
            nanos += System.nanoTime() - debut;
            cpu += THREADS.getCurrentThreadCpuTime() - debutCpu;
        }

        void relever() {
            picTas = Math.max(picTas, MEMOIRE.getHeapMemoryUsage().getUsed());
        }

        Mesure moins(Mesure autre) {
            Mesure difference = new Mesure();
            difference.nanos = nanos - autre.nanos;
            difference.cpu = cpu - autre.cpu;
            difference.picTas = picTas;
            return difference;
        }

        String resume(int nombre) {
            return String.format("%6.1f lettres/s (%5.1f par seconde de CPU du thread, %3.0f %% d'un cœur), "
                    + "pic de tas %d Mo", nombre * 1e9 / nanos, nombre * 1e9 / cpu, 100.0 * cpu / nanos,
                    picTas >> 20);
        }
    }
}
