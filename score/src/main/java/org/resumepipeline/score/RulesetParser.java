package org.resumepipeline.score;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.resumepipeline.score.text.Category;

/**
 * Reads and validates the typed model of a ruleset from its YAML tree, collecting every error with its line.
 *
 * <p>Keys added after the first release of the ruleset format ({@link #OPTIONAL_THRESHOLDS},
 * {@link #OPTIONAL_LEXICONS}, the grade gates) are optional in a user's file, so a file written for an earlier
 * version (the output of an older {@code rp rules show}) keeps validating: a missing one takes the bundled
 * ruleset's value, except the grade gates, which default to none (the earlier grading). A key that is present is
 * validated as strictly as ever. The bundled ruleset itself is parsed strictly: every key must be there.
 */
final class RulesetParser {
    static final List<String> LEXICONS;

    static {
        final List<String> names = new ArrayList<>();
        names.add("action_verbs");
        names.add("irregular_verbs");
        for (final Category c : Category.values()) {
            if (c.lexiconName() != null) {
                names.add(c.lexiconName());
            }
        }
        LEXICONS = List.copyOf(names);
    }

    private static final List<String> TOP = List.of("name", "scoring", "thresholds", "rules", "lexicons", "skills",
            "coverage", "languages");
    /**
     * The lexicons a language other than English gives its own words for under {@code languages.<code>}; every
     * other lexicon (units, scale words, technologies, coverage) applies to every language as it is.
     */
    static final List<String> LANGUAGE_LEXICONS = List.of("action_verbs", "weak_openers", "tool_openers", "vague",
            "vague_improvements", "buzzwords", "pronouns", "passive_auxiliaries", "participles", "results",
            "improvement_results");
    private static final List<String> THRESHOLDS = List.of("too_short_words", "too_long_words",
            "recent_role_min_bullets", "recent_role_max_bullets", "any_role_max_bullets", "quantified_share",
            "skills_dump_max", "max_pages", "max_pages_junior", "junior_years", "year_min", "year_max",
            "unbacked_skills_named");

    /** Thresholds added by the issue-19 calibration: optional, the bundled value when missing. */
    static final List<String> OPTIONAL_THRESHOLDS = List.of("year_min", "year_max", "unbacked_skills_named");
    /** Lexicons added by the issue-19 calibration: optional, the bundled words when missing. */
    static final List<String> OPTIONAL_LEXICONS = List.of("currency_signs", "approximators", "by_units",
            "function_words", "not_plurals", "not_verbs", "noun_followers", "results_not_as_opener");

    private final List<RulesetError> errors;
    /** Where optional keys take their value from; null for the strict parse of the bundled ruleset. */
    private final Parsed defaults;

    /** The typed content of a valid ruleset. */
    record Parsed(String name, Scoring scoring, Thresholds thresholds, Map<String, RuleSettings> rules,
                  Map<String, List<Term>> lexicons, Map<String, List<String>> irregularVerbs,
                  Map<String, List<Term>> skills, Map<String, List<Term>> coverage,
                  Map<String, Map<String, List<Term>>> languages) {
    }

    private RulesetParser(final List<RulesetError> errors, final Parsed defaults) {
        this.errors = errors;
        this.defaults = defaults;
    }

    /**
     * Parses a user's ruleset: optional keys that are missing take the bundled ruleset's values.
     *
     * @param bytes  the file
     * @param errors receives every problem
     * @return the parsed model, or null when there are errors
     * @throws IllegalStateException when the bundled ruleset is missing or invalid (a build defect)
     */
    static Parsed parse(final byte[] bytes, final List<RulesetError> errors) {
        return parse(bytes, errors, Bundled.PARSED);
    }

    /**
     * Parses the bundled ruleset: every key is required.
     *
     * @param bytes  the file
     * @param errors receives every problem
     * @return the parsed model, or null when there are errors
     */
    static Parsed parseStrict(final byte[] bytes, final List<RulesetError> errors) {
        return parse(bytes, errors, null);
    }

    private static Parsed parse(final byte[] bytes, final List<RulesetError> errors, final Parsed defaults) {
        final YamlNode root = YamlNode.read(bytes, errors);
        if (root == null) {
            return null;
        }
        final Parsed parsed = new RulesetParser(errors, defaults).root(root);
        Collections.sort(errors);
        return errors.isEmpty() ? parsed : null;
    }

    private Parsed root(final YamlNode root) {
        if (!root.isMap()) {
            error(root.line(), "the top level must be a mapping with keys " + TOP);
            return null;
        }
        unknownKeys(root, TOP, "top-level key");
        final String name = string(root, "name");
        final Scoring scoring = scoring(required(root, "scoring", YamlNode.Kind.MAP));
        final Thresholds thresholds = thresholds(required(root, "thresholds", YamlNode.Kind.MAP));
        final Map<String, RuleSettings> rules = rules(required(root, "rules", YamlNode.Kind.MAP));
        final YamlNode lex = required(root, "lexicons", YamlNode.Kind.MAP);
        final Map<String, List<Term>> lexicons = new TreeMap<>();
        final Map<String, List<String>> irregular = new TreeMap<>();
        if (lex != null) {
            unknownKeys(lex, LEXICONS, "lexicon");
            for (final String l : LEXICONS) {
                if (l.equals("irregular_verbs")) {
                    irregular.putAll(irregular(required(lex, l, YamlNode.Kind.MAP)));
                } else if (defaults != null && OPTIONAL_LEXICONS.contains(l) && !lex.map().containsKey(l)) {
                    lexicons.put(l, defaults.lexicons().get(l));
                } else {
                    lexicons.put(l, terms(required(lex, l, YamlNode.Kind.LIST), "lexicons." + l));
                }
            }
        }
        final Map<String, List<Term>> skills = groups(required(root, "skills", YamlNode.Kind.MAP), "skills",
                RuleCatalog.SKILL_GROUPS, List.of("languages", "datastores", "infrastructure"));
        final Map<String, List<Term>> coverage = groups(required(root, "coverage", YamlNode.Kind.MAP), "coverage",
                RuleCatalog.COVERAGE_AREAS, RuleCatalog.COVERAGE_AREAS);
        final Map<String, Map<String, List<Term>>> languages = root.map().containsKey("languages")
                ? languages(required(root, "languages", YamlNode.Kind.MAP))
                : defaults != null ? defaults.languages() : Map.of();
        if (!errors.isEmpty()) {
            return null;
        }
        return new Parsed(name, scoring, thresholds, rules, lexicons, irregular, skills, coverage, languages);
    }

    /** {@code languages}: per ISO 639-1 code, the language's own words for some of {@link #LANGUAGE_LEXICONS}. */
    private Map<String, Map<String, List<Term>>> languages(final YamlNode n) {
        final Map<String, Map<String, List<Term>>> out = new TreeMap<>();
        if (n == null) {
            return out;
        }
        for (final Map.Entry<String, YamlNode> language : n.map().entrySet()) {
            final String code = language.getKey();
            if (!code.matches("[a-z]{2}") || "en".equals(code)) {
                error(n.keyLine(code), "languages: '" + code + "' must be a two-letter ISO 639-1 code other than en"
                        + " (English words are the lexicons above)");
                continue;
            }
            final YamlNode lists = language.getValue();
            if (!lists.isMap()) {
                error(lists.line(), "languages." + code + " must be a mapping of lexicon names to word lists");
                continue;
            }
            unknownKeys(lists, LANGUAGE_LEXICONS, "lexicon of languages." + code);
            final Map<String, List<Term>> words = new TreeMap<>();
            for (final String l : LANGUAGE_LEXICONS) {
                if (lists.map().containsKey(l)) {
                    words.put(l, terms(lists.map().get(l), "languages." + code + "." + l));
                }
            }
            out.put(code, words);
        }
        return out;
    }

    private Scoring scoring(final YamlNode n) {
        if (n == null) {
            return null;
        }
        unknownKeys(n, List.of("base", "signals", "grades", "resume"), "scoring key");
        final int base = integer(n, "base", -100, 100);
        final Map<String, Integer> signals = new TreeMap<>();
        final YamlNode s = required(n, "signals", YamlNode.Kind.MAP);
        if (s != null) {
            unknownKeys(s, RuleCatalog.SIGNALS, "signal");
            for (final String id : RuleCatalog.SIGNALS) {
                signals.put(id, integer(s, id, 0, 100));
            }
        }
        final YamlNode g = required(n, "grades", YamlNode.Kind.MAP);
        int strong = 70;
        int fair = 40;
        List<String> requires = List.of();
        List<String> requiresOneOf = List.of();
        List<String> fairRequiresOneOf = List.of();
        if (g != null) {
            unknownKeys(g, List.of("strong", "fair", "strong_requires", "strong_requires_one_of",
                    "fair_requires_one_of"), "grade");
            requires = signalIds(g, "strong_requires");
            requiresOneOf = signalIds(g, "strong_requires_one_of");
            fairRequiresOneOf = signalIds(g, "fair_requires_one_of");
            strong = integer(g, "strong", 0, 100);
            fair = integer(g, "fair", 0, 100);
            if (fair >= strong && g.map().containsKey("fair")) {
                error(g.keyLine("fair"), "grades.fair (" + fair + ") must be below grades.strong (" + strong + ")");
            }
        }
        final YamlNode r = required(n, "resume", YamlNode.Kind.MAP);
        int bullets = 70;
        int rules = 30;
        double decay = 1;
        double min = 0;
        if (r != null) {
            unknownKeys(r, List.of("bullets_share", "rules_share", "recency_decay", "min_role_weight"), "key");
            bullets = integer(r, "bullets_share", 0, 100);
            rules = integer(r, "rules_share", 0, 100);
            decay = decimal(r, "recency_decay", 0.01, 1);
            min = decimal(r, "min_role_weight", 0, 1);
            if (bullets + rules != 100 && r.map().containsKey("rules_share")) {
                error(r.keyLine("rules_share"), "bullets_share + rules_share must be 100, is " + (bullets + rules));
            }
        }
        return new Scoring(base, signals, strong, fair, bullets, rules, decay, min, requires, requiresOneOf,
                fairRequiresOneOf);
    }

    /** An optional list of signal ids; empty when absent. */
    private List<String> signalIds(final YamlNode parent, final String key) {
        final YamlNode n = parent.map().get(key);
        if (n == null) {
            return List.of();
        }
        if (!n.isList()) {
            error(n.line(), "'" + key + "' must be a list of signal ids, e.g. [METRIC, RESULT]");
            return List.of();
        }
        final List<String> ids = new ArrayList<>();
        for (final YamlNode item : n.list()) {
            final String id = item.isScalar() ? item.text() : null;
            if (id == null || !RuleCatalog.SIGNALS.contains(id)) {
                error(item.line(), key + ": unknown signal '" + id + "'" + hint(String.valueOf(id), RuleCatalog.SIGNALS));
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private Thresholds thresholds(final YamlNode n) {
        if (n == null) {
            return null;
        }
        unknownKeys(n, THRESHOLDS, "threshold");
        final Thresholds t = new Thresholds(integer(n, "too_short_words", 0, 1000),
                integer(n, "too_long_words", 1, 1000), integer(n, "recent_role_min_bullets", 0, 100),
                integer(n, "recent_role_max_bullets", 0, 100), integer(n, "any_role_max_bullets", 0, 100),
                decimal(n, "quantified_share", 0, 1), integer(n, "skills_dump_max", 0, 10000),
                integer(n, "max_pages", 1, 1000), integer(n, "max_pages_junior", 1, 1000),
                integer(n, "junior_years", 0, 100), optionalInteger(n, "year_min", 1000, 9999),
                optionalInteger(n, "year_max", 1000, 9999), optionalInteger(n, "unbacked_skills_named", 1, 100));
        if (t.yearMin() > t.yearMax() && (n.map().containsKey("year_max") || n.map().containsKey("year_min"))) {
            final String key = n.map().containsKey("year_max") ? "year_max" : "year_min";
            error(n.keyLine(key), "year_max (" + t.yearMax() + ") must be at least year_min (" + t.yearMin() + ")");
        }
        if (t.tooShortWords() >= t.tooLongWords() && n.map().containsKey("too_long_words")) {
            error(n.keyLine("too_long_words"), "too_long_words must be above too_short_words");
        }
        if (t.recentRoleMinBullets() > t.recentRoleMaxBullets() && n.map().containsKey("recent_role_max_bullets")) {
            error(n.keyLine("recent_role_max_bullets"), "recent_role_max_bullets must be at least recent_role_min_bullets");
        }
        return t;
    }

    private Map<String, RuleSettings> rules(final YamlNode n) {
        final Map<String, RuleSettings> rules = new TreeMap<>();
        if (n == null) {
            return rules;
        }
        final List<String> known = new ArrayList<>(RuleCatalog.BULLET_RULES);
        known.addAll(RuleCatalog.RESUME_RULES);
        for (final Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            if (!known.contains(e.getKey())) {
                error(n.keyLine(e.getKey()), "unknown rule id '" + e.getKey() + "'" + hint(e.getKey(), known));
            }
        }
        for (final String id : known) {
            final YamlNode r = n.map().get(id);
            if (r == null) {
                error(n.line(), "rule " + id + " is missing from 'rules' (give it severity, enabled and weight)");
                continue;
            }
            if (!r.isMap()) {
                error(r.line(), "rule " + id + " must be a mapping like {severity: warn, enabled: true, weight: -10}");
                continue;
            }
            unknownKeys(r, List.of("severity", "enabled", "weight", "max_penalty", "minor_weight"), "rule key");
            String severity = string(r, "severity");
            if (severity != null && !RuleCatalog.SEVERITIES.contains(severity)) {
                error(r.keyLine("severity"), "rule " + id + ": severity must be one of " + RuleCatalog.SEVERITIES
                        + ", is '" + severity + "'");
                severity = null;
            }
            final boolean enabled = !r.map().containsKey("enabled") || bool(r, "enabled");
            final int weight = integer(r, "weight", -100, 100);
            final int max = r.map().containsKey("max_penalty") ? integer(r, "max_penalty", 0, 100) : 0;
            final int minor = r.map().containsKey("minor_weight") ? integer(r, "minor_weight", -100, 100) : weight / 2;
            rules.put(id, new RuleSettings(id, severity, enabled, weight, max, minor));
        }
        return rules;
    }

    private Map<String, List<String>> irregular(final YamlNode n) {
        final Map<String, List<String>> out = new TreeMap<>();
        if (n == null) {
            return out;
        }
        for (final Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            final List<Term> forms = terms(e.getValue(), "irregular_verbs." + e.getKey());
            final List<String> list = new ArrayList<>();
            for (final Term t : forms) {
                list.add(t.name().toLowerCase(Locale.ROOT));
            }
            out.put(e.getKey().toLowerCase(Locale.ROOT), List.copyOf(list));
        }
        return out;
    }

    private Map<String, List<Term>> groups(final YamlNode n, final String where, final List<String> known,
                                           final List<String> required) {
        final Map<String, List<Term>> out = new TreeMap<>();
        if (n == null) {
            return out;
        }
        unknownKeys(n, known, where + " group");
        for (final String g : known) {
            if (required.contains(g)) {
                out.put(g, terms(required(n, g, YamlNode.Kind.LIST), where + "." + g));
            } else if (n.map().containsKey(g)) {
                out.put(g, terms(n.map().get(g), where + "." + g));
            } else {
                out.put(g, List.of());
            }
        }
        return out;
    }

    private List<Term> terms(final YamlNode n, final String where) {
        final List<Term> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isList()) {
            error(n.line(), where + " must be a list of words or phrases");
            return out;
        }
        if (n.list().isEmpty()) {
            error(n.line(), where + " is empty; give at least one entry");
        }
        for (final YamlNode item : n.list()) {
            if (item.isScalar()) {
                final String s = term(item, where);
                if (s != null) {
                    out.add(new Term(stripExact(s), List.of(s)));
                }
            } else if (item.isMap() && item.map().size() == 1) {
                final Map.Entry<String, YamlNode> e = item.map().entrySet().iterator().next();
                final List<String> forms = new ArrayList<>();
                forms.add(e.getKey());
                final YamlNode aliases = e.getValue();
                if (aliases.isList()) {
                    for (final YamlNode a : aliases.list()) {
                        final String s = a.isScalar() ? term(a, where) : null;
                        if (s == null) {
                            error(a.line(), where + ": an alias must be a word or phrase");
                        } else {
                            forms.add(s);
                        }
                    }
                } else {
                    error(aliases.line(), where + ": aliases of '" + e.getKey() + "' must be a list, e.g. [Postgres]");
                }
                out.add(new Term(stripExact(e.getKey()), forms));
            } else {
                error(item.line(), where + ": an entry must be a word, a phrase, or 'Name: [alias, ...]'");
            }
        }
        return out;
    }

    private String term(final YamlNode item, final String where) {
        final String s = item.text();
        if (s == null || s.isBlank() || s.equals("=")) {
            error(item.line(), where + ": empty entry");
            return null;
        }
        if (!s.strip().equals(s)) {
            error(item.line(), where + ": entry '" + s + "' has leading or trailing spaces");
            return null;
        }
        return s;
    }

    private static String stripExact(final String s) {
        return s.startsWith("=") ? s.substring(1) : s;
    }

    private YamlNode required(final YamlNode parent, final String key, final YamlNode.Kind kind) {
        if (parent == null) {
            return null;
        }
        final YamlNode n = parent.map().get(key);
        if (n == null) {
            error(parent.line(), "missing key '" + key + "'");
            return null;
        }
        if (n.kind() != kind) {
            error(n.line(), "'" + key + "' must be a " + (kind == YamlNode.Kind.MAP ? "mapping"
                    : kind == YamlNode.Kind.LIST ? "list" : "value"));
            return null;
        }
        return n;
    }

    private String string(final YamlNode parent, final String key) {
        final YamlNode n = required(parent, key, YamlNode.Kind.SCALAR);
        if (n == null) {
            return null;
        }
        if (n.text() == null || n.text().isBlank()) {
            error(n.line(), "'" + key + "' must not be empty");
            return null;
        }
        return n.text();
    }

    private boolean bool(final YamlNode parent, final String key) {
        final YamlNode n = required(parent, key, YamlNode.Kind.SCALAR);
        if (n == null) {
            return true;
        }
        if (n.token() != JsonToken.VALUE_TRUE && n.token() != JsonToken.VALUE_FALSE) {
            error(n.line(), "'" + key + "' must be true or false, is '" + n.text() + "'");
            return true;
        }
        return n.token() == JsonToken.VALUE_TRUE;
    }

    private int integer(final YamlNode parent, final String key, final int min, final int max) {
        final YamlNode n = required(parent, key, YamlNode.Kind.SCALAR);
        if (n == null) {
            return 0;
        }
        if (n.token() != JsonToken.VALUE_NUMBER_INT) {
            error(n.line(), "'" + key + "' must be a whole number, is '" + n.text() + "'");
            return 0;
        }
        final long v = Long.parseLong(n.text());
        if (v < min || v > max) {
            error(n.line(), "'" + key + "' must be between " + min + " and " + max + ", is " + v);
            return 0;
        }
        return (int) v;
    }

    /** An optional threshold: the bundled value when missing (required in the strict parse). */
    private int optionalInteger(final YamlNode parent, final String key, final int min, final int max) {
        if (defaults != null && OPTIONAL_THRESHOLDS.contains(key) && !parent.map().containsKey(key)) {
            final Thresholds d = defaults.thresholds();
            return switch (key) {
                case "year_min" -> d.yearMin();
                case "year_max" -> d.yearMax();
                case "unbacked_skills_named" -> d.unbackedSkillsNamed();
                default -> throw new IllegalArgumentException("not an optional threshold: " + key);
            };
        }
        return integer(parent, key, min, max);
    }

    private double decimal(final YamlNode parent, final String key, final double min, final double max) {
        final YamlNode n = required(parent, key, YamlNode.Kind.SCALAR);
        if (n == null) {
            return 0;
        }
        if (n.token() != JsonToken.VALUE_NUMBER_INT && n.token() != JsonToken.VALUE_NUMBER_FLOAT) {
            error(n.line(), "'" + key + "' must be a number, is '" + n.text() + "'");
            return 0;
        }
        final double v = Double.parseDouble(n.text());
        if (v < min || v > max) {
            error(n.line(), "'" + key + "' must be between " + min + " and " + max + ", is " + n.text());
            return 0;
        }
        return v;
    }

    private void unknownKeys(final YamlNode n, final List<String> known, final String what) {
        for (final String key : n.map().keySet()) {
            if (!known.contains(key)) {
                error(n.keyLine(key), "unknown " + what + " '" + key + "'" + hint(key, known));
            }
        }
    }

    private static String hint(final String key, final List<String> known) {
        final String k = key.toLowerCase(Locale.ROOT);
        for (final String c : known) {
            if (c.toLowerCase(Locale.ROOT).equals(k) || distance(c.toLowerCase(Locale.ROOT), k) <= 2) {
                return "; did you mean '" + c + "'?";
            }
        }
        return "; expected one of " + known;
    }

    private static int distance(final String a, final String b) {
        final int[] prev = new int[b.length() + 1];
        final int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            System.arraycopy(cur, 0, prev, 0, cur.length);
        }
        return prev[b.length()];
    }

    private void error(final int line, final String message) {
        errors.add(new RulesetError(line, message));
    }

    /** The bundled ruleset, parsed strictly once, where a user's file takes its missing optional keys from. */
    private static final class Bundled {
        static final Parsed PARSED = load();

        private static Parsed load() {
            try (InputStream in = RulesetParser.class.getResourceAsStream(Ruleset.DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("default ruleset missing from the classpath");
                }
                final List<RulesetError> errors = new ArrayList<>();
                final Parsed parsed = parseStrict(in.readAllBytes(), errors);
                if (parsed == null) {
                    throw new IllegalStateException("the default ruleset is invalid: " + errors);
                }
                return parsed;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Set<String> knownLexicons() {
        return Set.copyOf(LEXICONS);
    }
}
