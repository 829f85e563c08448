package fr.pacte.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API under /pacte/api, authenticated by HTTP Basic on the same accounts as the screens. The OpenAPI
 * document's header is declared here in full: without a license and external documentation SmallRye writes them as
 * empty objects, which the specification does not allow (ExploitationIT validates the document).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "API Pacte", version = "1.0",
        description = "API REST de Pacte sous /pacte/api, authentifiée par HTTP Basic sur les comptes de l'application.",
        license = @License(name = "Usage réservé aux services de l'Éducation nationale",
                url = "https://www.education.gouv.fr/")),
        externalDocs = @ExternalDocumentation(description = "Application Pacte (écrans)", url = "/pacte/"))
public class RestApplication extends Application {
}
