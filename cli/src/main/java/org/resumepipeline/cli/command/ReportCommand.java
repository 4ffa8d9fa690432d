package org.resumepipeline.cli.command;

import java.net.URI;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.Service;
import org.resumepipeline.cli.ServiceDefaults;
import org.resumepipeline.cli.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rp report}: one stage as a long-lived service on a cluster, with health, metrics and its routes. */
@Command(name = "report", mixinStandardHelpOptions = true, defaultValueProvider = ServiceDefaults.class,
        description = "Materialize the results per document and batch; serve the report routes."
                + " Serves /health/live, /health/ready and /metrics until SIGTERM.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Option(names = "--ingest-url", paramLabel = "URL",
            description = "The rp ingest-server this service forwards the upload routes to (PUT /batches/{b}, "
                    + "POST /batches/{b}/documents), so the start page can upload (default: none; env "
                    + "RP_INGEST_URL).")
    URI ingestUrl;

    @Override
    public Integer call() throws InterruptedException {
        return Service.run(spec.commandLine().getOut(), spec.name(),
                service.pipeline(EnumSet.of(PipelineOptions.Stage.REPORT), null, null).withIngestUrl(ingestUrl));
    }
}
