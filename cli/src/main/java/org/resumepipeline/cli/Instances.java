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
}
