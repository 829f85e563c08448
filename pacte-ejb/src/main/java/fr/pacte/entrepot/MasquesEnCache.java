package fr.pacte.entrepot;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The linked masks of a campaign and population, computed once per state of the warehouse: every filtered version of
 * the report reads the same masks, and a load (a new version) makes them stale. Deterministic, so two nodes compute
 * the same masks.
 */
@ApplicationScoped
public class MasquesEnCache {

    private final Map<String, SecretDesRapports.Masques> masques = new ConcurrentHashMap<>();

    SecretDesRapports.Masques pour(String annee, Population population, int seuil, long version,
            Supplier<SecretDesRapports.Masques> calcul) {
        String cle = annee + "|" + population + "|" + seuil + "|" + version;
        masques.keySet().removeIf(k -> k.startsWith(annee + "|") && !k.endsWith("|" + version));
        return masques.computeIfAbsent(cle, k -> calcul.get());
    }
}
