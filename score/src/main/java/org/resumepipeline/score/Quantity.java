package org.resumepipeline.score;

/**
 * A number of a bullet as {@link QuantityCheck} reads it: what it counts as and the tokens it covers (currency
 * sign, approximation sign, the number, a trailing '+', its unit).
 *
 * @param kind  METRIC (a measured quantity), VANITY (effort counted) or IGNORED (a year, version, date, phone
 *              number or label)
 * @param start first token, inclusive
 * @param end   last token, exclusive; after start
 */
record Quantity(Kind kind, int start, int end) {
    /** What a number counts as. */
    enum Kind { METRIC, VANITY, IGNORED }

    Quantity {
        if (kind == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad quantity " + kind + " [" + start + ", " + end + ")");
        }
    }

    boolean counts() {
        return kind == Kind.METRIC || kind == Kind.VANITY;
    }
}
