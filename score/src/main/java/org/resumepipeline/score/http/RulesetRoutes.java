package org.resumepipeline.score.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.resumepipeline.http.BearerToken;
import org.resumepipeline.http.HttpResponses;
import org.resumepipeline.http.HttpRoutes;
import org.resumepipeline.score.Ruleset;
import org.resumepipeline.score.RulesetError;

/**
 * The score stage's routes: {@code GET /rulesets/current} (the ruleset in use, YAML, version in
 * {@code X-Ruleset-Version}) and {@code PUT /rulesets/current} (a new ruleset as the YAML body; bearer token
 * required; answers 202 and starts the rescore, or 400 with every error and its line). Thread-safe.
 */
public final class RulesetRoutes implements HttpRoutes {
    private static final String PATH = "/rulesets/current";
    private static final int MAX_BYTES = 1024 * 1024;

    private final Supplier<Ruleset> current;
    private final Consumer<Ruleset> switcher;
    private final BearerToken token;

    /**
     * @param current  the ruleset in use
     * @param switcher called with a valid new ruleset (starts the score stage for it)
     * @param token    bearer token; without one, changes are refused (403)
     */
    public RulesetRoutes(final Supplier<Ruleset> current, final Consumer<Ruleset> switcher, final String token) {
        this.current = current;
        this.switcher = switcher;
        this.token = BearerToken.of(token);
    }

    @Override
    public boolean handle(final HttpExchange exchange) throws IOException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            return false;
        }
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                final Ruleset r = current.get();
                exchange.getResponseHeaders().set("X-Ruleset-Version", r.version());
                HttpResponses.send(exchange, 200, "application/yaml", r.bytes());
            }
            case "PUT" -> put(exchange);
            default -> {
                exchange.getResponseHeaders().set("Allow", "GET, PUT");
                HttpResponses.text(exchange, 405, "use GET or PUT\n");
            }
        }
        return true;
    }

    private void put(final HttpExchange exchange) throws IOException {
        if (!token.configured()) {
            HttpResponses.text(exchange, 403, "ruleset changes need an API token: start with RP_API_TOKEN set\n");
            return;
        }
        if (!token.presentIn(exchange)) {
            HttpResponses.unauthorized(exchange);
            return;
        }
        final byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            HttpResponses.text(exchange, 413, "a ruleset is at most 1 MB\n");
            return;
        }
        final List<RulesetError> errors = Ruleset.validate(body);
        if (!errors.isEmpty()) {
            final StringBuilder b = new StringBuilder();
            errors.forEach(e -> b.append(e).append('\n'));
            HttpResponses.text(exchange, 400, b.toString());
            return;
        }
        final Ruleset next = Ruleset.parse("http", body);
        if (next.version().equals(current.get().version())) {
            HttpResponses.json(exchange, 200, status(next, "already current"));
            return;
        }
        switcher.accept(next);
        HttpResponses.json(exchange, 202, status(next, "rescoring"));
    }

    private static Map<String, String> status(final Ruleset ruleset, final String status) {
        final Map<String, String> out = new LinkedHashMap<>();
        out.put("version", ruleset.version());
        out.put("status", status);
        return out;
    }
}
