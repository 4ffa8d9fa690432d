package org.resumepipeline.score;

import java.util.List;

/** A ruleset file that does not validate; {@link #errors()} names every problem with its line. */
public final class RulesetException extends IllegalArgumentException {
    private final transient List<RulesetError> errors;

    /**
     * @param source the file or resource name
     * @param errors the problems, at least one
     */
    public RulesetException(final String source, final List<RulesetError> errors) {
        super("invalid ruleset " + source + ": " + errors.get(0)
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    /** @return every problem found, ordered by line */
    public List<RulesetError> errors() {
        return errors;
    }
}
