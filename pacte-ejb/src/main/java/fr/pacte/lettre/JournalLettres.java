package fr.pacte.lettre;

import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the letters write in the audit trail (issue 14, point 4): signature, acceptance, avenants, lots. */
@Dependent
class JournalLettres {

    /** A version of a letter: its number (1 = the letter, n = avenant n-1) and its state. */
    public record Version(int version, EtatLettre etat) {

        static Version de(VersionLettre v) {
            return new Version(v.numero(), v.etat());
        }
    }

    @Inject
    private JournalService journal;

    /** Only a brouillon can be signed (the letter refuses otherwise). */
    void lettreSignee(LettreDeMission lettre) {
        lettre(lettre, "LETTRE_SIGNEE", EtatLettre.BROUILLON, null);
    }

    /** Only a signed version can be accepted (the letter refuses otherwise). */
    void lettreAcceptee(LettreDeMission lettre, boolean parLeChef) {
        lettre(lettre, "LETTRE_ACCEPTEE", EtatLettre.SIGNEE,
                parLeChef ? "acceptation de l'agent enregistrée par le chef d'établissement" : null);
    }

    /** The signed or accepted version stays as it was; the avenant is the new current version, a brouillon. */
    void avenantOuvert(LettreDeMission ancienne, LettreDeMission avenant) {
        journal.enregistrer(Evenement.etablissement("AVENANT_OUVERT", "LETTRE", avenant.getIdentifiant(),
                avenant.getAnneeScolaire(), avenant.getUai(), Version.de(ancienne.vue()), Version.de(avenant.vue()),
                "missions modifiées après la signature"));
    }

    private void lettre(LettreDeMission lettre, String action, EtatLettre avant, String motif) {
        journal.enregistrer(Evenement.etablissement(action, "LETTRE", lettre.getIdentifiant(), lettre.getAnneeScolaire(),
                lettre.getUai(), new Version(lettre.getNumero(), avant), Version.de(lettre.vue()), motif));
    }

    void lotDemande(LotVue lot) {
        Map<String, Object> apres = new LinkedHashMap<>();
        apres.put("uai", lot.uai());
        apres.put("departement", lot.departement());
        apres.put("etat", lot.etat());
        journal.enregistrer(new Evenement("LOT_DEMANDE", "LOT_LETTRES", Long.toString(lot.id()), lot.anneeScolaire(),
                lot.departement(), lot.uai(), null, apres, null));
    }

}
