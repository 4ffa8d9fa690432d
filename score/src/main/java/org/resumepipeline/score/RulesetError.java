package org.resumepipeline.score;

/**
 * One problem in a ruleset file, for {@code rp rules check FILE}.
 *
 * @param line    1-based line in the file (0 when the file could not be read at all)
 * @param message what is wrong and what is expected
 */
public record RulesetError(int line, String message) implements Comparable<RulesetError> {
    @Override
    public int compareTo(final RulesetError o) {
        final int c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
