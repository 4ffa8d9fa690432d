package org.resumepipeline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a service's option comes from when its flag is absent: the environment variable {@code RP_<NAME>}
 * ({@code --bootstrap-servers} reads {@code RP_BOOTSTRAP_SERVERS}), else the {@code --config} file's property
 * {@code <name>} ({@code bootstrap-servers=...}), else the command's own default for {@code --http-port}, else the
 * option's default. Picocli asks after it has read the flags, so {@code --config} is known by then.
 */
public final class ServiceDefaults implements IDefaultValueProvider {
    /** HTTP port of each service when nothing sets one: distinct, so one host can run them all side by side. */
    private static final Map<String, String> HTTP_PORTS = Map.of("report", "8080", "ingest-server", "8081",
            "extract", "8082", "score", "8083");

    private static volatile Map<String, String> environment = System.getenv();

    /** @return the environment the services read ({@link System#getenv()} outside tests) */
    static Map<String, String> environment() {
        return environment;
    }

    /** Tests: the environment to read instead of the process's. */
    static void useEnvironment(final Map<String, String> env) {
        environment = env == null ? System.getenv() : Map.copyOf(env);
    }

    @Override
    public String defaultValue(final ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.longestName().length() < 3) {
            return null;
        }
        final String name = option.longestName().substring(2);
        final String env = environment.get("RP_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        final CommandSpec command = arg.command();
        final String fromFile = fromConfigFile(command, name);
        if (fromFile != null) {
            return fromFile;
        }
        return "http-port".equals(name) ? HTTP_PORTS.getOrDefault(command.name(), "0") : null;
    }

    private static String fromConfigFile(final CommandSpec command, final String name) {
        if ("config".equals(name)) {
            return null;
        }
        final OptionSpec config = command.findOption("--config");
        Path file = config == null ? null : config.getValue();
        if (file == null && config != null) {
            final String env = environment.get("RP_CONFIG");
            file = env == null || env.isBlank() ? null : Path.of(env.strip());
        }
        return file == null ? null : ServiceOptions.load(file).get(name);
    }
}
