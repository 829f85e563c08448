package fr.pacte.web.metrologie;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;
import java.util.Map;

/** The benchmark reads the recorded durations; absent (404) unless the server measures. */
@Path("metrologie")
@Produces(MediaType.APPLICATION_JSON)
public class MetrologieResource {

    @Context
    private SecurityContext securite;

    @GET
    public Map<String, List<Double>> releve() {
        autoriser();
        return Metrologie.releve();
    }

    private void autoriser() {
        if (!Metrologie.ACTIVE) {
            throw new NotFoundException();
        }
        if (!securite.isUserInRole("RECTORAT")) {
            throw new ForbiddenException();
        }
    }
}
