package org.resumepipeline.cli;

import java.util.EnumSet;
import picocli.CommandLine.Mixin;

/**
 * The options of the commands that run the whole pipeline in this JVM ({@code run}, {@code demo},
 * {@code reextract}): where Kafka is, HTTP, the ruleset and extraction. Commands that need less mix in only the
 * parts they use.
 */
public final class Options {
    @Mixin
    public ClusterOptions cluster = new ClusterOptions();

    @Mixin
    public HttpOptions http = new HttpOptions();

    @Mixin
    public RulesOption rules = new RulesOption();

    @Mixin
    public ExtractOptions extract = new ExtractOptions();

    /** @return what the pipeline runs with, for these stages */
    public PipelineOptions pipeline(final EnumSet<PipelineOptions.Stage> stages) {
        return PipelineOptions.of(cluster, http, rules, extract, stages);
    }
}
