/**
 * {@code rp bench}: the command ({@link org.resumepipeline.cli.bench.BenchCommand} with its {@code score},
 * {@code extract}, {@code ingest} and {@code corpus} subcommands) and the benches that run the whole pipeline, which
 * is why they live in {@code cli} rather than in the {@code bench} module: {@code PipelineBench} ({@code rp bench
 * pipeline}, with {@code ReportArrivals}: when each document reached the report), {@code RescoreBench}
 * ({@code rp bench rescore}), {@code ChaosBench} ({@code rp bench chaos}, with {@code StageProcess}: one stage as its
 * own OS process). The library-level benches are in {@code org.resumepipeline.bench}, with the one synthetic-resume
 * generator, {@code MixedResumes}, whose Markdown resumes the rescore and chaos benches (and the kill tests) ingest.
 */
package org.resumepipeline.cli.bench;
