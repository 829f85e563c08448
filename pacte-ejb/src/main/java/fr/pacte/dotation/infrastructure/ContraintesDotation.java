package fr.pacte.dotation.infrastructure;

import fr.pacte.dotation.LigneAllocation;
import fr.pacte.dotation.RegleDotationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Map;

/**
 * The database holds the budget rules too (V3, V11). When one of its checks refuses a write the service let through,
 * the caller gets the rule in French (422), not an internal error.
 */
final class ContraintesDotation {

    private static final String[] RESERVE = {"quantite", "Une réserve départementale ne peut pas devenir négative."};

    private static final Map<String, String[]> REGLES = Map.of(
            "enveloppe_parts_attribuees", new String[]{"parts",
                    "Une enveloppe ne peut descendre sous les parts déjà attribuées dans l'établissement."},
            "enveloppe_imp_attribues", new String[]{"imp",
                    "Une enveloppe ne peut descendre sous les IMP déjà attribués dans l'établissement."},
            "enveloppe_decharge_attribuee", new String[]{"decharge",
                    "Une enveloppe ne peut descendre sous les heures de décharge déjà attribuées dans l'établissement."},
            "allocation_non_depassee", new String[]{"allocation",
                    "Allocation académique dépassée : enveloppes et réserves distribueraient plus que l'allocation."},
            // V3's unnamed checks of the reserve, as PostgreSQL names them
            "reserve_parts_premier_degre_check", RESERVE, "reserve_parts_second_degre_check", RESERVE,
            "reserve_parts_voie_pro_check", RESERVE, "reserve_imp_check", RESERVE);

    private ContraintesDotation() {
    }

    /** Flushes, turning a refusal of the database's budget checks into the rule it breaks. */
    static void ecrire(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw traduire(e);
        }
    }

    /**
     * V36's refusal when a line's tranches lack what a write asks: its DETAIL is "line;left;asked", so the user reads
     * the same message as when the service itself saw the overrun (concurrent edits pass the service's check, made
     * under a share lock, and meet the database's).
     */
    private static RegleDotationException depassement(Throwable t) {
        if (!(t instanceof PSQLException p) || p.getServerErrorMessage() == null
                || !"allocation_non_depassee".equals(p.getServerErrorMessage().getConstraint())
                || p.getServerErrorMessage().getDetail() == null) {
            return null;
        }
        String[] d = p.getServerErrorMessage().getDetail().split(";");
        LigneAllocation ligne = LigneAllocation.valueOf(d[0]);
        return ligne.depassee(new BigDecimal(d[1]), new BigDecimal(d[2]));
    }

    static RuntimeException traduire(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            RegleDotationException depassement = depassement(t);
            if (depassement != null) {
                return depassement;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // the name Hibernate extracted, or PostgreSQL's own message that names the constraint
            String texte = t instanceof ConstraintViolationException v && v.getConstraintName() != null ? v.getConstraintName()
                    : t instanceof SQLException q && "23514".equals(q.getSQLState()) ? q.getMessage() : null;
            if (texte != null) {
                for (Map.Entry<String, String[]> regle : REGLES.entrySet()) {
                    if (texte.contains(regle.getKey())) {
                        return new RegleDotationException(regle.getValue()[0], regle.getValue()[1]);
                    }
                }
            }
        }
        return e;
    }
}
