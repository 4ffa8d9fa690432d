package org.resumepipeline.cli.command;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.resumepipeline.cli.PipelineOptions;
import org.resumepipeline.cli.RulesOption;
import org.resumepipeline.cli.Service;
import org.resumepipeline.cli.ServiceDefaults;
import org.resumepipeline.cli.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rp score}: one stage as a long-lived service on a cluster, with health, metrics and its routes. */
@Command(name = "score", mixinStandardHelpOptions = true, defaultValueProvider = ServiceDefaults.class,
        description = "Score texts: resume.texts (and resume.batches) to resume.scores with a ruleset."
                + " Serves /health/live, /health/ready and /metrics until SIGTERM.")
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Mixin
    RulesOption rules = new RulesOption();

    @Override
    public Integer call() throws InterruptedException {
        return Service.run(spec.commandLine().getOut(), spec.name(),
                service.pipeline(EnumSet.of(PipelineOptions.Stage.SCORE), rules, null));
    }
}
