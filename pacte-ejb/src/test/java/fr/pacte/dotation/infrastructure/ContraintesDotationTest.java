package fr.pacte.dotation.infrastructure;

import fr.pacte.dotation.RegleDotationException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A refusal of the database's budget checks reaches the caller as the rule it breaks (422), not as a 500. */
class ContraintesDotationTest {

    @Test
    void unRefusDeLaBaseDevientLaRegle() {
        PersistenceException e = new PersistenceException(new SQLException(
                "ERROR: new row for relation \"enveloppe\" violates check constraint \"enveloppe_parts_attribuees\"", "23514"));
        RuntimeException r = ContraintesDotation.traduire(e);
        assertEquals(RegleDotationException.class, r.getClass());
        assertEquals("Une enveloppe ne peut descendre sous les parts déjà attribuées dans l'établissement.", r.getMessage());
        assertEquals("parts", ((RegleDotationException) r).champ());
    }

    @Test
    void uneAutreErreurResteCeQuElleEst() {
        PersistenceException e = new PersistenceException(new SQLException("connexion perdue", "08006"));
        assertSame(e, ContraintesDotation.traduire(e));
    }
}
