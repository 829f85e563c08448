package fr.pacte.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under /pacte/api, authenticated by HTTP Basic on the same accounts as the screens. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
