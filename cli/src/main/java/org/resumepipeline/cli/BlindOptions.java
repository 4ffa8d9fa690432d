package org.resumepipeline.cli;

import org.resumepipeline.model.Batch;
import org.resumepipeline.model.BlindMask;
import picocli.CommandLine.Option;

/**
 * {@code --blind} and {@code --blind-mask}: the batch's blind review settings, for the commands that create one.
 * Without {@code --blind} a batch that is blind stays blind ({@link Batch#keepingBlindOf(Batch)}).
 */
public final class BlindOptions {
    @Option(names = "--blind", description = "Blind review: every view shows \"Candidate 7F3A\" instead of the "
            + "candidate's name and file name, contact and personal details hidden; reveals are audited. A blind "
            + "batch stays blind when files are added without it.")
    boolean blind;

    @Option(names = "--blind-mask", paramLabel = "LIST", description = "With --blind, also mask these "
            + "(comma-separated): employers, institutions, graduation-years. Default: none.")
    String mask;

    /**
     * @param spec the command, for its usage error
     * @throws picocli.CommandLine.ParameterException when the options do not go together
     */
    public void validate(final picocli.CommandLine.Model.CommandSpec spec) {
        try {
            apply(new Batch("check", 0, null));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** @return true for a blind batch */
    public boolean blind() {
        return blind;
    }

    /**
     * @return the batch with these settings
     * @throws IllegalArgumentException for an unknown mask name, or a mask without --blind
     */
    public Batch apply(final Batch batch) {
        final BlindMask m = BlindMask.parse(mask);
        if (!blind && !m.equals(BlindMask.NONE)) {
            throw new IllegalArgumentException("--blind-mask needs --blind");
        }
        return batch.withBlind(blind, m);
    }
}
