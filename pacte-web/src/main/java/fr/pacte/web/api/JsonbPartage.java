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
 */
@Provider
public class JsonbPartage implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
