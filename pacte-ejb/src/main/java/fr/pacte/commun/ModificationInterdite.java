package fr.pacte.commun;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A refusal of PostgreSQL's immutability triggers (V12, SQLSTATE PA001): a sent instalment, a closed run, a signed
 * letter version or an audit row cannot change. Its French message is the trigger's own; entry points answer 409.
 */
public final class ModificationInterdite {

    public static final String SQLSTATE = "PA001";

    private ModificationInterdite() {
    }

    /** The trigger's message when {@code e} or one of its causes is such a refusal. */
    public static Optional<String> message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                if (SQLSTATE.equals(s.getSQLState())) {
                    // the driver's text is "ERROR: message" then the hint and context lines
                    String premiere = String.valueOf(s.getMessage()).lines().findFirst().orElse("");
                    return Optional.of(premiere.replaceFirst("^\\p{Lu}+: ", ""));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code e} or one of its causes is a concurrent change caught by a {@code @Version} column: JPA's
     * {@code OptimisticLockException} or Hibernate's {@code StaleStateException}, at flush or at commit.
     */
    public static boolean concurrente(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
