package org.resumepipeline.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging to SLF4J once. */
final class Logging {
    private Logging() {
    }

    static void init() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
