package org.resumepipeline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The name a blind batch shows for a candidate: "Candidate 7F3A", the first 4 hex digits of the SHA-256 of the
 * document key. Stable (the same key always gives the same name) and not the hash in the key itself, so it does not
 * tell the file's hash. Two documents of one batch whose 4 digits collide are both shown with 8 ("Candidate
 * 7F3A09C2"). Thread-safe.
 */
public final class Pseudonym {
    /** How every pseudonym begins. */
    public static final String PREFIX = "Candidate ";
    private static final int SHORT = 4;
    private static final int LONG = 8;

    private Pseudonym() {
    }

    /** @return the 4-digit pseudonym of a document key */
    public static String of(final String key) {
        return PREFIX + digits(key).substring(0, SHORT);
    }

    /**
     * @param keys the document keys of one batch
     * @return each key's pseudonym: 4 digits, or 8 for keys whose 4 digits another key of the batch shares
     */
    public static Map<String, String> forBatch(final Collection<String> keys) {
        final Map<String, Integer> uses = new HashMap<>();
        for (final String key : keys) {
            uses.merge(of(key), 1, Integer::sum);
        }
        final Map<String, String> out = new HashMap<>();
        for (final String key : keys) {
            final String shortName = of(key);
            out.put(key, uses.get(shortName) > 1 ? PREFIX + digits(key).substring(0, LONG) : shortName);
        }
        return out;
    }

    private static String digits(final String key) {
        try {
            final byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
