package org.resumepipeline.cli.command;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.resumepipeline.cli.ExtractOptions;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.Service;
import org.resumepipeline.cli.ServiceDefaults;
import org.resumepipeline.cli.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rp extract}: one stage as a long-lived service on a cluster, with health, metrics and its routes. */
@Command(name = "extract", mixinStandardHelpOptions = true, defaultValueProvider = ServiceDefaults.class,
        description = "Extract documents: resume.uploads to resume.texts and resume.failures (Tika in worker JVMs)."
                + " Serves /health/live, /health/ready and /metrics until SIGTERM.")
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Mixin
    ExtractOptions extract = new ExtractOptions();

    @Override
    public Integer call() throws InterruptedException {
        return Service.run(spec.commandLine().getOut(), spec.name(),
                service.pipeline(EnumSet.of(PipelineOptions.Stage.EXTRACT), null, extract));
    }
}
