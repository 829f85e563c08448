package fr.pacte.database.sauvegarde;

import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * The operator's commands for the embedded server (README, *Sauvegarde et restauration*):
 * <pre>
 * sauvegarder &lt;port&gt; &lt;répertoire de données&gt; &lt;sauvegarde&gt;      base backup of the running server
 * restaurer &lt;sauvegarde&gt; &lt;archive WAL&gt; &lt;instant|fin&gt; &lt;nouveau répertoire&gt;
 * </pre>
 * The instant is ISO 8601 with its offset ({@code 2026-12-04T14:30:00+01:00}); {@code fin} replays the whole archive.
 */
public final class Sauvegarde {

    private Sauvegarde() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("sauvegarder")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl("jdbc:postgresql://localhost:" + Integer.parseInt(args[1]) + "/postgres");
            ds.setUser("postgres");
            String fin = SauvegardeDeBase.faire(ds, Path.of(args[2]), Path.of(args[3]));
            System.out.println("Sauvegarde de base écrite dans " + args[3] + " (fin à la position WAL " + fin + ").");
        } else if (args.length == 5 && args[0].equals("restaurer")) {
            OffsetDateTime jusqua = args[3].equals("fin") ? null : OffsetDateTime.parse(args[3]);
            Restauration.preparer(Path.of(args[1]), Path.of(args[2]), jusqua, Path.of(args[4]));
            System.out.println("Répertoire " + args[4] + " prêt : démarrer Pacte dessus (-Dpacte.db.dir=" + args[4]
                    + ") rejoue les WAL archivés " + (jusqua == null ? "jusqu'au dernier" : "jusqu'à " + jusqua) + ".");
        } else {
            System.err.println("Usage : sauvegarder <port> <répertoire de données> <sauvegarde>\n"
                    + "        restaurer <sauvegarde> <archive WAL> <instant ISO 8601|fin> <nouveau répertoire de données>");
            System.exit(2);
        }
    }
}
