package fr.pacte.it;

import com.sun.tools.attach.VirtualMachine;
import fr.pacte.database.banc.Banc;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap of the WildFly the benchmark talks to, read through JMX after attaching to its process (found by its
 * port offset): before a measured request, a full GC and the heap used after it; during it, the heap used sampled
 * every 10 ms and the old generation's peak; after it, the heap used once more after a full GC. Without a server
 * to attach to, it says so and measures nothing.
 */
final class TasServeur implements AutoCloseable {

    private final JMXConnector connecteur;
    private final MemoryMXBean memoire;
    private final List<MemoryPoolMXBean> pools;
    private long base;
    private long baseAncienne;
    private final AtomicLong pic = new AtomicLong();
    private volatile boolean echantillonner;
    private Thread echantillonneur;

    private TasServeur(JMXConnector connecteur) throws Exception {
        this.connecteur = connecteur;
        MBeanServerConnection c = connecteur.getMBeanServerConnection();
        memoire = ManagementFactory.newPlatformMXBeanProxy(c, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        pools = ManagementFactory.getPlatformMXBeans(c, MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    static TasServeur ouvrir(Banc banc) {
        String decalage = "-Djboss.socket.binding.port-offset=" + Integer.getInteger("it.port.offset", 100);
        Optional<ProcessHandle> serveur = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(l -> l.contains("jboss-modules") && l.contains(decalage + " ")).orElse(false)).findFirst();
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(serveur.orElseThrow().pid()));
            String adresse = vm.startLocalManagementAgent();
            vm.detach();
            TasServeur tas = new TasServeur(JMXConnectorFactory.connect(new JMXServiceURL(adresse)));
            banc.ecrire("tas du serveur (pid " + serveur.get().pid() + ") : max "
                    + tas.memoire.getHeapMemoryUsage().getMax() / (1 << 20) + " Mo");
            return tas;
        } catch (Exception | Error e) {
            banc.ecrire("tas du serveur non mesuré : " + e);
            return new TasServeur();
        }
    }

    private TasServeur() {
        connecteur = null;
        memoire = null;
        pools = List.of();
    }

    void avant() throws Exception {
        if (memoire == null) {
            return;
        }
        memoire.gc();
        base = memoire.getHeapMemoryUsage().getUsed();
        baseAncienne = ancienne(false);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        pic.set(base);
        echantillonner = true;
        echantillonneur = new Thread(() -> {
            while (echantillonner) {
                try {
                    pic.accumulateAndGet(memoire.getHeapMemoryUsage().getUsed(), Math::max);
                    Thread.sleep(10);
                } catch (Exception e) {
                    return;
                }
            }
        }, "tas-serveur");
        echantillonneur.setDaemon(true);
        echantillonneur.start();
    }

    void apres(Banc banc) throws Exception {
        if (memoire == null) {
            return;
        }
        echantillonner = false;
        echantillonneur.join();
        long picAncienne = ancienne(true);
        memoire.gc();
        long reste = memoire.getHeapMemoryUsage().getUsed();
        banc.ecrire(String.format(Locale.ROOT, "   tas : %d Mo après GC avant l'import ; pic échantillonné +%d Mo ;"
                        + " pic de la vieille génération +%d Mo ; après l'import et un GC %+d Mo", base >> 20,
                (pic.get() - base) >> 20, (picAncienne - baseAncienne) >> 20, (reste - base) >> 20));
    }

    /** Used bytes of the tenured pool (G1 Old Gen), or its peak since the last reset. */
    private long ancienne(boolean picDepuisReset) {
        return pools.stream().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> (picDepuisReset ? p.getPeakUsage() : p.getUsage()).getUsed()).sum();
    }

    @Override
    public void close() throws Exception {
        if (connecteur != null) {
            connecteur.close();
        }
    }
}
