package fr.pacte.securite;

import fr.pacte.commun.Page;
import fr.pacte.commun.tableur.EcritureTableau;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.time.format.DateTimeFormatter;
import java.util.List;

@Stateless
@PermitAll
public class JournalServiceBean implements JournalService {

    /** Built once: a Jsonb instance is costly and thread-safe. Null values are written, so "before" shows them. */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(java.time.ZoneId.of("Europe/Paris")); // French time, as on the screen
    private static final List<String> ENTETES = List.of("horodatage", "auteur", "role", "action", "objet", "objet_id",
            "annee_scolaire", "departement", "uai", "avant", "apres", "motif");

    @Resource
    private SessionContext context;

    @Inject
    private SecuriteService securite;

    @Inject
    private JournalRepository journal;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enregistrer(Evenement e) {
        enregistrerTous(List.of(e));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enregistrerTous(List<Evenement> evenements) {
        journal.ajouter(context.getCallerPrincipal().getName(), roleAppelant(), evenements, JournalServiceBean::json);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enregistrerSepare(Evenement e) {
        enregistrerTous(List.of(e));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enregistrerAcces(String login, String action, String chemin, String motif) {
        String auteur = login == null || login.isBlank() ? "anonyme" : login.strip();
        journal.ajouter(auteur, roleAppelant(), List.of(new Evenement(action, "ACCES", chemin, null, null, null,
                null, null, motif)), JournalServiceBean::json);
    }

    /** The caller's role, null for an anonymous caller (a failed login). */
    private Role roleAppelant() {
        for (Role r : Role.values()) {
            if (context.isCallerInRole(r.name())) {
                return r;
            }
        }
        return null;
    }

    static String json(Object valeur) {
        if (valeur == null) {
            return null;
        }
        return valeur instanceof String s && (s.startsWith("{") || s.startsWith("[")) ? s : JSON.toJson(valeur);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_DASEN})
    public Page<EntreeJournal> rechercher(FiltreJournal filtre, int page, int taille) {
        String departement = perimetre(filtre);
        return new Page<>(journal.rechercher(filtre, departement, page * taille, taille),
                journal.compter(filtre, departement), page, taille);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_DASEN})
    public byte[] exporterCsv(FiltreJournal filtre) {
        List<List<String>> lignes = journal.rechercher(filtre, perimetre(filtre), 0, EXPORT_MAX).stream()
                .map(e -> java.util.Arrays.asList(HORODATAGE.format(e.horodatage()), e.auteur(), e.role(), e.action(),
                        e.objet(), e.objetId(), e.annee(), e.departement(), e.uai(), e.avant(), e.apres(), e.motif()))
                .toList();
        return EcritureTableau.csv(ENTETES, lignes);
    }

    /** The département the caller is confined to: a DASEN asking for another one is refused, not silently narrowed. */
    private String perimetre(FiltreJournal filtre) {
        Utilisateur u = securite.utilisateurCourant();
        if (u.role() == Role.RECTORAT) {
            return null;
        }
        if (u.role() != Role.DASEN) {
            throw new AccesRefuseException("Le journal est réservé au rectorat et aux DASEN.");
        }
        if (filtre.departement() != null && !filtre.departement().equals(u.departement())) {
            throw new AccesRefuseException("Hors de votre département : " + filtre.departement());
        }
        if (filtre.uai() != null && !filtre.uai().startsWith(u.departement())) {
            throw new AccesRefuseException("Établissement hors de votre département : " + filtre.uai());
        }
        return u.departement();
    }
}
