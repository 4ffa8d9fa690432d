package org.resumepipeline.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Routes a stage contributes to the one HTTP server that {@code cli} mounts (or that a stage serves alone).
 * Implementations must be thread-safe: the server calls them from several threads.
 */
@FunctionalInterface
public interface HttpRoutes {
    /**
     * @param exchange the request; the implementation sends the whole response when it handles it
     * @return true when this stage handled the request, false to let the next stage try
     * @throws IOException when writing the response fails
     */
    boolean handle(HttpExchange exchange) throws IOException;
}
