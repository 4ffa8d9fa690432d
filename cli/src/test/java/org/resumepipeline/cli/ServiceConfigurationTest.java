package org.resumepipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Where a stage service's settings come from: flags, then RP_* variables, then --config, then defaults. */
class ServiceConfigurationTest {
    @AfterEach
    void processEnvironment() {
        ServiceDefaults.useEnvironment(null);
    }

    private static CommandSpec parse(final String... args) {
        return Rp.commandLine().parseArgs(args).subcommand().commandSpec();
    }

    private static Object value(final CommandSpec spec, final String option) {
        return spec.findOption(option).getValue();
    }

    @Test
    void shouldTakeFlagsOverEnvironmentOverConfigFileOverDefaults(@TempDir final Path dir) throws Exception {
        final Path config = Files.writeString(dir.resolve("extract.properties"), String.join("\n",
                "bootstrap-servers=from-file:9092", "http-port=9000", "state-dir=/from/file", "workers=3",
                "api-token=file-token", ""), StandardCharsets.UTF_8);
        ServiceDefaults.useEnvironment(Map.of("RP_HTTP_PORT", "9100", "RP_STATE_DIR", "/from/env"));
        final CommandSpec extract = parse("extract", "--config", config.toString(), "--state-dir", "/from/flag");
        assertThat(value(extract, "--state-dir")).as("flag over env and file").isEqualTo(Path.of("/from/flag"));
        assertThat(value(extract, "--http-port")).as("env over file").isEqualTo(9100);
        assertThat(value(extract, "--bootstrap-servers")).as("file over default").isEqualTo("from-file:9092");
        assertThat(value(extract, "--workers")).as("a stage option from the file").isEqualTo(3);
        assertThat(value(extract, "--parse-timeout")).as("default").isEqualTo(30);
        final ServiceOptions service = (ServiceOptions) extract.mixins().get("service").userObject();
        assertThat(service.pipeline(EnumSet.of(PipelineOptions.Stage.EXTRACT), null, null).apiToken())
                .isEqualTo("file-token");

        ServiceDefaults.useEnvironment(Map.of("RP_API_TOKEN", "env-token"));
        final CommandSpec again = parse("extract", "--config", config.toString());
        final ServiceOptions fromEnv = (ServiceOptions) again.mixins().get("service").userObject();
        assertThat(fromEnv.pipeline(EnumSet.of(PipelineOptions.Stage.EXTRACT), null, null).apiToken())
                .isEqualTo("env-token");
        assertThat(value(again, "--http-port")).as("file when no env").isEqualTo(9000);
    }

    @Test
    void shouldGiveEachServiceItsOwnDefaultPortAndTheClusterAtTheBrokerDefault() {
        ServiceDefaults.useEnvironment(Map.of());
        assertThat(value(parse("report"), "--http-port")).isEqualTo(8080);
        assertThat(value(parse("ingest-server"), "--http-port")).isEqualTo(8081);
        assertThat(value(parse("extract"), "--http-port")).isEqualTo(8082);
        assertThat(value(parse("score"), "--http-port")).isEqualTo(8083);
        assertThat(value(parse("score"), "--bootstrap-servers")).isEqualTo("127.0.0.1:9092");
        assertThat(value(parse("score", "--http-port", "0"), "--http-port")).isEqualTo(0);
    }

    @Test
    void shouldTakeTheReportsIngestUrlFromFlagThenEnvironmentThenConfigFile(@TempDir final Path dir)
            throws Exception {
        final Path config = Files.writeString(dir.resolve("report.properties"),
                "ingest-url=http://from-file:8081\n", StandardCharsets.UTF_8);
        ServiceDefaults.useEnvironment(Map.of());
        assertThat(value(parse("report"), "--ingest-url")).as("none by default").isNull();
        assertThat(value(parse("report", "--config", config.toString()), "--ingest-url"))
                .isEqualTo(URI.create("http://from-file:8081"));
        ServiceDefaults.useEnvironment(Map.of("RP_INGEST_URL", "http://from-env:8081"));
        assertThat(value(parse("report", "--config", config.toString()), "--ingest-url"))
                .isEqualTo(URI.create("http://from-env:8081"));
        assertThat(value(parse("report", "--config", config.toString(), "--ingest-url", "http://flag:8081"),
                "--ingest-url")).isEqualTo(URI.create("http://flag:8081"));
        final CommandLine rp = Rp.commandLine();
        assertThat(rp.getSubcommands().get("ingest-server").getCommandSpec().findOption("--ingest-url")).isNull();
        assertThat(rp.getSubcommands().get("run").getCommandSpec().findOption("--ingest-url")).isNull();
    }

    @Test
    void shouldPassKafkaClientPropertiesToEveryClient(@TempDir final Path dir) throws Exception {
        ServiceDefaults.useEnvironment(Map.of());
        final Path kafka = Files.writeString(dir.resolve("kafka.properties"),
                "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n", StandardCharsets.UTF_8);
        final CommandSpec score = parse("score", "--kafka-config", kafka.toString(), "--bootstrap-servers", "b:9093");
        final PipelineOptions options = ((ServiceOptions) score.mixins().get("service").userObject())
                .pipeline(EnumSet.of(PipelineOptions.Stage.SCORE), null, null);
        assertThat(options.clientConfig("b:9093")).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN").containsEntry("bootstrap.servers", "b:9093");
        assertThat(options.bootstrapServers()).isEqualTo("b:9093");
    }

    @Test
    void shouldListEachServiceOnlyWithItsOwnStageOptions() {
        final CommandLine rp = Rp.commandLine();
        assertThat(rp.getSubcommands()).containsKeys("broker", "extract", "score", "report", "ingest-server", "topics");
        final CommandSpec extract = rp.getSubcommands().get("extract").getCommandSpec();
        assertThat(extract.findOption("--workers")).isNotNull();
        assertThat(extract.findOption("--rules")).isNull();
        final CommandSpec score = rp.getSubcommands().get("score").getCommandSpec();
        assertThat(score.findOption("--rules")).isNotNull();
        assertThat(score.findOption("--workers")).isNull();
        for (final String service : new String[] {"extract", "score", "report", "ingest-server"}) {
            final CommandSpec spec = rp.getSubcommands().get(service).getCommandSpec();
            for (final String option : new String[] {"--bootstrap-servers", "--state-dir", "--http-port",
                    "--http-bind", "--config", "--kafka-config"}) {
                assertThat(spec.findOption(option)).as(service + " " + option).isNotNull();
            }
        }
        final CommandSpec broker = rp.getSubcommands().get("broker").getCommandSpec();
        assertThat(broker.findOption("--port")).isNotNull();
        assertThat(broker.findOption("--data-dir")).isNotNull();
        assertThat(broker.findOption("--partitions")).isNotNull();
    }
}
