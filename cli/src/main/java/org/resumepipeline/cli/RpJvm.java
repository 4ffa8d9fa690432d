package org.resumepipeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * rp's jar as a JVM of its own ({@code java -XX:+UseSerialGC OPTIONS -jar rp.jar ARGS}), with its output in a log
 * file, and its SIGKILL together with its descendants (Tika's worker JVMs, an embedded broker's), as a crash or the
 * OOM killer would: for {@code rp bench chaos}, the pipeline bench's raw-Tika baseline and the tests that kill rp.
 * Stateless, thread-safe.
 */
public final class RpJvm {
    private RpJvm() {
    }

    /**
     * @param jar         rp's fat jar
     * @param jvmOptions  options of the JVM ("-Xmx256m", "-Dlogback.configurationFile=...")
     * @param environment variables added to this process's environment
     * @param args        the rp command line
     * @param log         where its stdout and stderr go
     * @return the started JVM
     * @throws IOException when the JVM cannot be started
     */
    public static Process start(final Path jar, final List<String> jvmOptions, final Map<String, String> environment,
                                final List<String> args, final Path log) throws IOException {
        return start(List.of("-jar", jar.toString()), jvmOptions, environment, args, log);
    }

    /**
     * rp from this JVM's own class path ({@code java -XX:+UseSerialGC OPTIONS -cp CLASSPATH Rp ARGS}): the fat jar
     * when this JVM runs from it, the build's classes in a test.
     *
     * @see #start(Path, List, Map, List, Path)
     */
    public static Process startFromThisClassPath(final List<String> jvmOptions, final List<String> args,
                                                 final Path log) throws IOException {
        return start(List.of("-cp", System.getProperty("java.class.path"), Rp.class.getName()), jvmOptions, Map.of(),
                args, log);
    }

    private static Process start(final List<String> launch, final List<String> jvmOptions,
                                 final Map<String, String> environment, final List<String> args, final Path log)
            throws IOException {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(launch);
        command.addAll(args);
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** SIGKILL of the process and every descendant; returns once they are gone (at most 30 s each). */
    public static void kill(final Process process) {
        final List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (final ProcessHandle p : all) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> p).join();
        }
    }
}
