package org.resumepipeline.extract.segment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled fields of an entry's header, "Cargo: Desenvolvedor Front-end", "Company: Northwind": the labels, per
 * field, come from {@code role-labels.tsv} beside this class. Stateless.
 */
final class RoleLabels {
    /** What a labelled field names. */
    enum Field { TITLE, COMPANY }

    /** A header field with its label read: what it names and the value after the label. */
    record Labelled(Field field, String value) {
    }

    private static final Map<String, Field> LABELS = load();
    private static final Pattern LABELLED = Pattern.compile("^([\\p{L}][\\p{L} ]{0,20}?)\\s*[:：]\\s*(\\S.*)$");

    private RoleLabels() {
    }

    /** @return the field a labelled header field names ("Cargo: Estágio" is the title "Estágio"), if it is one */
    static Optional<Labelled> read(final String field) {
        final Matcher m = LABELLED.matcher(field.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        final Field named = LABELS.get(m.group(1).strip().toLowerCase(Locale.ROOT));
        return named == null ? Optional.empty() : Optional.of(new Labelled(named, Fields.trimPunctuation(m.group(2))));
    }

    private static Map<String, Field> load() {
        final Map<String, Field> labels = new HashMap<>();
        for (final String row : Wordlist.read("role-labels.tsv")) {
            final String[] cells = row.split("\t");
            labels.put(cells[1].strip(), Field.valueOf(cells[0].strip().toUpperCase(Locale.ROOT)));
        }
        return labels;
    }
}
