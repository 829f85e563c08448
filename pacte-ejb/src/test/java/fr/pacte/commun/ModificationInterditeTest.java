package fr.pacte.commun;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModificationInterditeTest {

    @Test
    void theTriggersMessageIsFoundUnderTheContainersWrappersWithoutTheDriversDecoration() {
        SQLException refus = new SQLException("ERROR: paiement.execution : la paie 10/2073 de 2073-2074 est close : ni elle"
                + " ni ses fichiers ne peuvent être modifiés ou supprimés (UPDATE refusé).\n  Where: PL/pgSQL function", "PA001");
        RuntimeException enveloppe = new RuntimeException("commit", new IllegalStateException("flush", refus));
        assertEquals(Optional.of("paiement.execution : la paie 10/2073 de 2073-2074 est close : ni elle ni ses fichiers"
                + " ne peuvent être modifiés ou supprimés (UPDATE refusé)."), ModificationInterdite.message(enveloppe));
    }

    @Test
    void aRefusalInABatchsNextExceptionIsFoundAndAnyOtherErrorIsNot() {
        SQLException lot = new SQLException("Batch entry 0 was aborted", "23505");
        lot.setNextException(new SQLException("ERREUR: la ligne 12 est signée", "PA001"));
        assertEquals(Optional.of("la ligne 12 est signée"), ModificationInterdite.message(lot));
        assertEquals(Optional.empty(), ModificationInterdite.message(new RuntimeException(new SQLException("x", "23505"))));
        assertEquals(Optional.empty(), ModificationInterdite.message(null));
    }
}
