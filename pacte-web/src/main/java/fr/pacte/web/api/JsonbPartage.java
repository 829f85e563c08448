package fr.pacte.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without a resolver, RESTEasy builds a new Jsonb for each body it reads or
 * writes: a service-loader lookup through the deployment's class loaders and Yasson's introspection of the classes
 * again, which cost an inline edit more than its own reads (pacte-ear/BENCHMARK.md). Jakarta REST 3.1 makes the
 * implementation use the instance a {@code ContextResolver<Jsonb>} gives; Yasson's instances are thread-safe.
 * <p>
 * Parsing numbers is safe as it is: Parsson refuses a number of more than 1 100 characters, and {@code 1E999999999}
 * becomes a BigDecimal at once (only its arithmetic would hang), or 0 in a Long field. So the bounds of the
 * quantities ({@code commun.Quantite}) are checked where each enters a service, not here.
 */
@Provider
public class JsonbPartage implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
