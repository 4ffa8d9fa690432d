package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognizes a place at the end of an institution's line: "Amherst, MA", "Hsinchu, Taiwan", "Saint George, Utah",
 * "(Grenoble, France)", from the country, state and city-prefix list in {@code places.txt} beside this class.
 * Thread-safe (immutable).
 */
final class Places {
    private static final List<String> REGIONS = new ArrayList<>();
    private static final List<String> PREFIXES = new ArrayList<>();

    static {
        for (final String line : Wordlist.read("places.txt")) {
            if (line.startsWith("prefix:")) {
                PREFIXES.add(line.substring("prefix:".length()).strip());
            } else {
                REGIONS.add(line);
            }
        }
    }

    private static final String REGION = "(?:" + alternatives(REGIONS) + "|\\p{Lu}[\\p{Lu}\\p{Ll}]\\.?)";
    /** A district after the city: "Sophia Antipolis (Biot), France". */
    private static final String DISTRICT = "(?:\\s*\\([^()]{1,30}\\))?";
    private static final String CITY = "(?:(?:" + alternatives(PREFIXES) + ")\\s+)?\\p{Lu}[\\p{L}.'’-]+";
    /** "..., City, Region" or "... City, Region" (optionally "City, Region 12345") at the end of a field. */
    private static final Pattern TAIL = Pattern.compile("(?:,\\s*|\\s+)(" + CITY + DISTRICT + ",\\s*"
            + REGION + "(?:\\s+\\d{4,6})?)\\s*[.,;:|—–-]*$");
    /** "..., Region" alone at the end. */
    private static final Pattern REGION_TAIL = Pattern.compile(",\\s*(" + alternatives(REGIONS) + ")\\s*[.,;:|]*$");
    /** "Grenoble, France", "Sophia Antipolis (Biot), France": a whole text that is a place. */
    private static final Pattern PLACE = Pattern.compile(CITY + DISTRICT + "(?:,\\s*" + CITY + ")?,\\s*" + REGION);
    /** A bracket around a place and the punctuation after it: "(Marseille, France).". */
    private static final Pattern WRAPPING = Pattern.compile("^\\(|\\)?[.,;:]*$");
    /**
     * "(Grenoble, France)", "(MyTown)", "(Beijing)"; an acronym such as "(RosNOU)" or "(KTH)" and a former name
     * ("(vormals PTScientists GmbH)") are part of the name.
     */
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(([^()]*)\\)\\s*[.,;:]*$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{L}\\d]*\\p{Lu}{2}[\\p{L}\\d]*");

    private Places() {
    }

    private static String alternatives(final List<String> words) {
        return words.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /**
     * @return the name without a place at its end: "University of Massachusetts, Amherst, MA", "Awesome University
     *         (MyTown)" and "Politecnico di Torino Turin, Italy" keep the name
     */
    static String stripTail(final String field) {
        String out = field.strip();
        final Matcher paren = PARENTHESES.matcher(out);
        if (paren.find() && paren.start() > 0 && !ACRONYM.matcher(paren.group(1).strip()).matches()
                && !paren.group(1).isBlank() && paren.group(1).split("\\s+").length <= 4
                && !Fields.isCompany(paren.group(1))) {
            out = out.substring(0, paren.start()).strip();
        }
        return stripPlace(out);
    }

    /** @return the text without "City, Region" or ", Region" at its end; brackets are kept */
    static String stripPlace(final String field) {
        String out = field.strip();
        final Matcher tail = TAIL.matcher(out);
        if (tail.find() && tail.start() > 0) {
            out = out.substring(0, tail.start()).strip();
        } else {
            final Matcher region = REGION_TAIL.matcher(out);
            if (region.find() && region.start() > 0) {
                out = out.substring(0, region.start()).strip();
            }
        }
        return Fields.trimPunctuation(out);
    }

    /** @return true for a country, a state or a province alone: "Oregon", "Deutschland", "ON" */
    static boolean isRegion(final String text) {
        return REGIONS.contains(text.strip());
    }

    /**
     * @return true when the whole text is a place: "Grenoble, France", "(Marseille, France).", "Sophia Antipolis
     *         (Biot), France", "Remote"
     */
    static boolean isPlace(final String text) {
        final String t = WRAPPING.matcher(text.strip()).replaceAll("").strip();
        return !t.isEmpty() && (PLACE.matcher(t).matches() || REGIONS.contains(t));
    }
}
