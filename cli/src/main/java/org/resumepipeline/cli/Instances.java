package org.resumepipeline.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of this process in its metrics' {@code instance} tag. */
final class Instances {
    private Instances() {
    }

    /**
     * @return {@code RP_INSTANCE} when set, else the host name and the process id (unique among the processes of
     *     one host, and a container's host name is its own)
     */
    static String name() {
        final String given = System.getenv("RP_INSTANCE");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /**
     * @param bind the HTTP bind address
     * @return the host the other report instances reach this one at: the bind address, or for a wildcard bind
     *     ({@code 0.0.0.0} in a container) {@code RP_ADVERTISED_HOST}, else the host name
     */
    static String advertisedHost(final String bind) {
        if (!"0.0.0.0".equals(bind) && !"::".equals(bind) && !bind.isBlank()) {
            return bind;
        }
        final String given = System.getenv("RP_ADVERTISED_HOST");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
