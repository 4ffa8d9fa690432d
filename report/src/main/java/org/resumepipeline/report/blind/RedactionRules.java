package org.resumepipeline.report.blind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists of blind review, from {@code redaction.properties} beside this class: labels of personal details
 * (date of birth, age, marital status, nationality, gender...), civil-status words, headings of personal-details
 * sections, and the parts of file names that are not a name. Immutable, thread-safe.
 *
 * @param personalLabels   labels whose value is hidden when followed by ':'
 * @param personalWords    words hidden on their own
 * @param personalHeadings headings of sections not shown
 * @param fileWords        file-name parts never taken for a name, lower case
 */
record RedactionRules(List<String> personalLabels, List<String> personalWords, Set<String> personalHeadings,
                      Set<String> fileWords) {
    /** The bundled lists. */
    static final RedactionRules BUNDLED = load();

    private static RedactionRules load() {
        final Properties p = new Properties();
        try (InputStream in = RedactionRules.class.getResourceAsStream("redaction.properties")) {
            if (in == null) {
                throw new IllegalStateException("redaction.properties is missing from the report jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read redaction.properties", e);
        }
        return new RedactionRules(list(p, "personal.labels"), list(p, "personal.words"),
                Set.copyOf(list(p, "personal.headings")), Set.copyOf(list(p, "file.words")));
    }

    private static List<String> list(final Properties p, final String key) {
        final String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("redaction.properties has no " + key);
        }
        return Arrays.stream(value.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .distinct().collect(Collectors.toUnmodifiableList());
    }

    /** @return true when a section with this heading holds personal details */
    boolean isPersonalHeading(final String heading) {
        if (heading == null) {
            return false;
        }
        final String h = heading.trim().toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
        return personalHeadings.contains(h);
    }
}
