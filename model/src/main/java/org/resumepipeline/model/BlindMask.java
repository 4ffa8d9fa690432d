package org.resumepipeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a blind batch masks beyond the candidate's identity, each off by default: employers (role companies),
 * institutions (education) and graduation years (education dates). Written on the batch record as
 * {@code "mask": {"employers": true, ...}}.
 *
 * @param employers       mask the companies of roles, wherever they are named
 * @param institutions    mask the institutions of education entries, wherever they are named
 * @param graduationYears mask the dates of education entries
 */
public record BlindMask(boolean employers, boolean institutions, boolean graduationYears) {
    /** Identity only. */
    public static final BlindMask NONE = new BlindMask(false, false, false);
    /** The names {@link #parse} accepts, as the CLI and the HTTP API spell them. */
    public static final List<String> NAMES = List.of("employers", "institutions", "graduation-years");

    /**
     * @param names a comma-separated list of {@link #NAMES}; null or blank for none
     * @return the mask
     * @throws IllegalArgumentException for a name not in {@link #NAMES}
     */
    public static BlindMask parse(final String names) {
        boolean employers = false;
        boolean institutions = false;
        boolean years = false;
        if (names != null) {
            for (final String raw : names.split(",")) {
                final String name = raw.trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "" -> { }
                    case "employers" -> employers = true;
                    case "institutions" -> institutions = true;
                    case "graduation-years", "graduation_years", "graduationyears" -> years = true;
                    default -> throw new IllegalArgumentException("unknown mask '" + raw.trim() + "'; use "
                            + String.join(", ", NAMES));
                }
            }
        }
        return new BlindMask(employers, institutions, years);
    }

    /** @return the names of what this masks, as {@link #parse} reads them */
    public List<String> names() {
        final List<String> out = new ArrayList<>();
        if (employers) {
            out.add(NAMES.get(0));
        }
        if (institutions) {
            out.add(NAMES.get(1));
        }
        if (graduationYears) {
            out.add(NAMES.get(2));
        }
        return out;
    }
}
