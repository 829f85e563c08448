package fr.pacte.securite;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Keys in {@code securite.cle_idempotence} (V13), each step in a transaction of its own. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotenceServiceBean implements IdempotenceService {

    @Inject
    private CleIdempotenceRepository cles;

    @Override
    public Reservation reserver(String appelant, String cle, String methode, String chemin, String empreinte) {
        return cles.reserver(appelant, cle, methode, chemin, empreinte, RETENTION_HEURES);
    }

    @Override
    public void enregistrer(String appelant, String cle, int statut, String typeContenu, String emplacement, byte[] corps) {
        cles.enregistrer(appelant, cle, statut, typeContenu, emplacement, corps);
    }

    @Override
    public void liberer(String appelant, String cle) {
        cles.liberer(appelant, cle);
    }
}
