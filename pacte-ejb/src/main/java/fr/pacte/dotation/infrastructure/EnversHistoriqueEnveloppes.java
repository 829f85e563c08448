package fr.pacte.dotation.infrastructure;

import fr.pacte.dotation.ChangementEnveloppe;
import fr.pacte.dotation.Enveloppe;
import fr.pacte.dotation.Revision;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads an envelope's Envers history and turns consecutive revisions into "before → after" entries. */
@Dependent
class EnversHistoriqueEnveloppes {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    List<ChangementEnveloppe> de(String annee, String uai) {
        List<Long> ids = em.createQuery("SELECT e.id FROM Enveloppe e WHERE e.anneeScolaire = :a AND e.uai = :u", Long.class)
                .setParameter("a", annee).setParameter("u", uai).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Enveloppe.class, false, true)
                .add(AuditEntity.id().eq(ids.get(0)))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ChangementEnveloppe> changements = new ArrayList<>();
        BigDecimal parts = BigDecimal.ZERO;
        BigDecimal imp = BigDecimal.ZERO;
        for (Object[] r : revisions) {
            Enveloppe e = (Enveloppe) r[0];
            Revision rev = (Revision) r[1];
            changements.add(new ChangementEnveloppe(OffsetDateTime.ofInstant(Instant.ofEpochMilli(rev.getHorodatage()), PARIS),
                    rev.getAuteur(), rev.getMotif(), parts, e.getParts(), imp, e.getImp()));
            parts = e.getParts();
            imp = e.getImp();
        }
        Collections.reverse(changements);
        return changements;
    }
}
