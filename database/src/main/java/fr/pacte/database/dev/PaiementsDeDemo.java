package fr.pacte.database.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;

/**
 * Pays the demo's year 2024-2025 through the application's own monthly run (POST /api/paiements/…/executions as
 * the rectorat), October to June, so the payment page shows closed months with their files.
 */
final class PaiementsDeDemo {

    private static final String ANNEE = "2024-2025";

    private PaiementsDeDemo() {
    }

    static void clore(String url) throws Exception {
        HttpClient client = ClientLocal.client().build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("rectorat:pacte2025".getBytes(StandardCharsets.UTF_8));
        long debut = System.nanoTime();
        for (YearMonth mois = YearMonth.of(2024, 10); !mois.isAfter(YearMonth.of(2025, 6)); mois = mois.plusMonths(1)) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "api/paiements/" + ANNEE + "/executions"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"mois\": \"" + mois + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                System.err.println("Paie de démonstration " + mois + " refusée (" + r.statusCode() + ") : " + r.body());
                return;
            }
        }
        System.out.printf("Paie de démonstration %s close d'octobre à juin en %d ms%n", ANNEE,
                (System.nanoTime() - debut) / 1_000_000);
    }
}
