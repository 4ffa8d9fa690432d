package org.resumepipeline.cli;

import picocli.CommandLine.Option;

/** Where the HTTP server of the commands that run stages listens. */
public final class HttpOptions {
    @Option(names = "--http-port", paramLabel = "N", defaultValue = "8080",
            description = "HTTP port for reports, uploads and /metrics (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int httpPort;

    @Option(names = "--http-bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "HTTP bind address (default: ${DEFAULT-VALUE}).")
    String httpBind;

    /** @return the bind address */
    public String bind() {
        return httpBind;
    }
}
