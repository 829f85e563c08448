package fr.pacte.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnexionIT extends PacteIT {

    @Test
    void anonymousVisitorGetsTheLoginPage() {
        HttpResponse<String> r = http().get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("j_security_check"), r.body());
    }

    @Test
    void rectoratLogsInWithItsBcryptPassword() {
        Http session = http().connexion("rectorat", "test");
        HttpResponse<String> r = session.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("rectorat"), r.body());
    }

    @Test
    void wrongPasswordIsRefused() {
        Http session = http();
        session.get("/");
        HttpResponse<String> r = session.postForm("/j_security_check",
                java.util.Map.of("j_username", "rectorat", "j_password", "mauvais"));
        assertTrue(r.body().contains("Identifiant ou mot de passe incorrect"), r.body());
    }
}
