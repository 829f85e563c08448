package fr.pacte.lettre;


import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import fr.pacte.commun.Noeud;

import java.io.IOException;
import java.io.OutputStream;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF})
public class LotLettresServiceBean implements LotLettresService {

    @Inject
    private SecuriteService securite;

    @Inject
    private LecturesLettres lectures;

    @Inject
    private LotRepository lots;

    @Inject
    private ProductionLots production;

    @Inject
    private JournalLettres journal;

    @Resource
    private ManagedExecutorService executeur;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public LotVue lancer(String anneeScolaire, String uai) {
        Utilisateur u = securite.utilisateurCourant();
        String departement = PerimetreLettres.lot(u, uai, uai == null ? null : lectures.departement(uai));
        String perimetre = uai == null && u.role() == Role.CHEF_ETABLISSEMENT ? u.uai() : uai;
        long id = lots.creer(anneeScolaire, perimetre, perimetre == null ? departement : null, u.login(), Noeud.nom());
        // the worker starts once the lot is committed, so that it always finds it
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int statut) {
                if (statut == Status.STATUS_COMMITTED) {
                    executeur.submit(() -> production.produire(id));
                }
            }
        });
        LotVue lot = lots.lire(id);
        journal.lotDemande(lot);
        return lot;
    }

    @Override
    public LotVue lot(long id) {
        Utilisateur u = securite.utilisateurCourant();
        LotVue lot = lots.lire(id);
        if (lot == null || !(lot.demandeur().equals(u.login()) || u.role() == Role.RECTORAT)) {
            throw new LettreIntrouvableException("Lot de lettres inconnu : " + id);
        }
        return lot;
    }

    @Override
    public void ecrireArchive(long id, OutputStream sortie) throws IOException {
        LotVue lot = lot(id);
        if (lot.etat() != EtatLot.TERMINE) {
            throw new LettreIntrouvableException("Le lot " + id + " n'est pas terminé (" + lot.faites() + " / "
                    + lot.total() + " lettres).");
        }
        lots.ecrireArchive(id, sortie);
    }
}
