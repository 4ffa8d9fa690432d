package org.resumepipeline.cli.command;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.Service;
import org.resumepipeline.cli.ServiceDefaults;
import org.resumepipeline.cli.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rp ingest-server}: one stage as a long-lived service on a cluster, with health, metrics and its routes. */
@Command(name = "ingest-server", mixinStandardHelpOptions = true, defaultValueProvider = ServiceDefaults.class,
        description = "Serve the upload routes (POST /batches/{b}/documents) and publish to resume.uploads."
                + " Serves /health/live, /health/ready and /metrics until SIGTERM.")
public final class IngestServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Override
    public Integer call() throws InterruptedException {
        return Service.run(spec.commandLine().getOut(), spec.name(),
                service.pipeline(EnumSet.of(PipelineOptions.Stage.INGEST), null, null));
    }
}
