package fr.pacte.lettre;

import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.commun.FormatDate;

import fr.pacte.rapport.RapportsPacte;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF, Role.R_PERSONNEL})
public class LettreServiceBean implements LettreService {

    private static final RapportsPacte RAPPORTS = new RapportsPacte();

    @Inject
    private SecuriteService securite;

    @Inject
    private LettreRepository lettres;

    @Inject
    private LecturesLettres lectures;

    @Inject
    private ConsultationAttributionsService attributions;

    @Inject
    private JournalLettres journal;

    @Inject
    private Event<LettreEnAttente> enAttente;

    private final Clock horloge = Clock.systemUTC();

    @Override
    public List<LettreVue> lettres(String anneeScolaire, String uai) {
        Utilisateur u = securite.utilisateurCourant();
        PerimetreLettres.lire(u, uai, lectures.departement(uai), null);
        return lectures.lettres(anneeScolaire, uai);
    }

    @Override
    @RolesAllowed(Role.R_PERSONNEL)
    public List<LettreVue> mesLettres() {
        return lectures.lettresDe(securite.utilisateurCourant().identifiant());
    }

    @Override
    @RolesAllowed(Role.R_PERSONNEL)
    public List<AttributionVue> mesMissions() {
        return attributions.mesMissions();
    }

    @Override
    public List<VersionLettre> versions(String anneeScolaire, String uai, String identifiant) {
        lire(anneeScolaire, uai, identifiant);
        List<VersionLettre> versions = lettres.versions(anneeScolaire, uai, identifiant).stream()
                .map(LettreDeMission::vue).toList();
        return versions.isEmpty() ? List.of(new VersionLettre(1, EtatLettre.BROUILLON, true, null, null, null, null, false))
                : versions;
    }

    @Override
    public void pdf(String anneeScolaire, String uai, String identifiant, Integer numero, OutputStream sortie) {
        LettreLue lue = lire(anneeScolaire, uai, identifiant);
        fr.pacte.rapport.LettreDeMission contenu = lue.contenu();
        if (numero != null && numero != contenu.version()) {
            LettreDeMission version = lettres.version(anneeScolaire, uai, identifiant, numero);
            if (version == null || version.getContenu() == null) {
                throw new LettreIntrouvableException("Pas de version " + numero + " signée de cette lettre de mission.");
            }
            contenu = ContenuFige.lire(version.getContenu());
            RAPPORTS.lettreDeMissionPdf(RedactionLettre.acceptee(contenu, version.vue()), sortie);
            return;
        }
        LettreDeMission courante = lettres.courante(anneeScolaire, uai, identifiant);
        if (courante != null && courante.getNumero() == contenu.version()) {
            contenu = RedactionLettre.acceptee(contenu, courante.vue());
        }
        RAPPORTS.lettreDeMissionPdf(contenu, sortie);
    }

    @Override
    @RolesAllowed(Role.R_CHEF)
    public VersionLettre signer(String anneeScolaire, String uai, String identifiant) {
        Utilisateur u = securite.utilisateurCourant();
        PerimetreLettres.signer(u, uai);
        LettreDeMission lettre = courante(anneeScolaire, uai, identifiant);
        LettreLue lue = lire(anneeScolaire, uai, identifiant);
        Instant maintenant = horloge.instant();
        fr.pacte.rapport.LettreDeMission signee = RedactionLettre.signee(lue.contenu(), u.nomAffiche(),
                LocalDate.ofInstant(maintenant, FormatDate.PARIS));
        lettre.signer(u.login(), ContenuFige.ecrire(signee), lue.nombreMissions(), maintenant);
        journal.lettreSignee(lettre);
        enAttente.fire(new LettreEnAttente(anneeScolaire, uai, identifiant, LettreEnAttente.Attente.ACCEPTATION, lettre.getNumero()));
        return lettre.vue();
    }

    @Override
    @RolesAllowed({Role.R_CHEF, Role.R_PERSONNEL})
    public VersionLettre accepter(String anneeScolaire, String uai, String identifiant) {
        Utilisateur u = securite.utilisateurCourant();
        boolean parLeChef = PerimetreLettres.accepter(u, uai, identifiant);
        LettreDeMission lettre = lettres.courante(anneeScolaire, uai, identifiant);
        if (lettre == null) {
            lire(anneeScolaire, uai, identifiant);
            throw new LettreRefuseeException("La lettre de mission n'est pas encore signée par le chef d'établissement :"
                    + " elle ne peut pas être acceptée.");
        }
        lettre.accepter(u.login(), parLeChef, horloge.instant());
        journal.lettreAcceptee(lettre, parLeChef);
        return lettre.vue();
    }

    /** The current version, written as a first brouillon if none was yet (a letter exists once a mission does). */
    private LettreDeMission courante(String anneeScolaire, String uai, String identifiant) {
        LettreDeMission lettre = lettres.courante(anneeScolaire, uai, identifiant);
        if (lettre == null) {
            lettre = LettreDeMission.premiere(anneeScolaire, uai, identifiant, horloge.instant());
            lettres.ajouter(lettre);
        }
        return lettre;
    }

    /** The letter as it prints now, after the scope check; unknown letters and letters out of scope are refused alike. */
    private LettreLue lire(String anneeScolaire, String uai, String identifiant) {
        PerimetreLettres.lire(securite.utilisateurCourant(), uai, lectures.departement(uai), identifiant);
        try (Stream<LettreLue> contenus = lectures.contenus(new CritereLettres(anneeScolaire, uai, null, identifiant))) {
            return contenus.findFirst().orElseThrow(() -> new LettreIntrouvableException(
                    "Aucune lettre de mission pour " + identifiant + " dans l'établissement " + uai + " en " + anneeScolaire + "."));
        }
    }
}
