/**
 * The {@code rp} command and the running pipeline: {@link org.resumepipeline.cli.Rp} (the entry point),
 * {@link org.resumepipeline.cli.Pipeline} (wires the broker, the stages, metrics and the {@code HttpHost}), what it
 * runs with ({@code PipelineOptions}) and the option mixins the commands take their share of ({@code ClusterOptions},
 * {@code HttpOptions}, {@code RulesOption}, {@code ExtractOptions}), and the waits on a running pipeline
 * ({@code Waits}, {@code DoneWaiter}). The commands are in {@code command}, the operations on a cluster (erasure,
 * lag, clean-up of old reports) in {@code ops}, {@code rp bench} and the benches that run the pipeline in
 * {@code bench}. {@code RescoreCommand} stays here (it calls these classes by their package-private names).
 */
package org.resumepipeline.cli;
