package fr.pacte.web.api;

import fr.pacte.demande.DemandeService;
import fr.pacte.demande.NotificationVue;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record NotificationJson(long id, Long demande, String objet, String message, OffsetDateTime date, boolean lue) {
    }

    @Inject
    private DemandeService demandes;

    @GET
    public List<NotificationJson> lister() {
        return demandes.notifications().stream().map((NotificationVue n) ->
                new NotificationJson(n.id(), n.demandeId(), n.objet(), n.message(), n.creeeLe(), n.lue())).toList();
    }

    @GET
    @Path("non-lues")
    public Map<String, Long> nonLues() {
        return Map.of("nonLues", demandes.nombreNotificationsNonLues());
    }

    @POST
    @Path("lues")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Long> marquerLues() {
        demandes.marquerNotificationsLues();
        return Map.of("nonLues", 0L);
    }
}
