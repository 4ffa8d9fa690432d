package org.resumepipeline.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resumepipeline.model.DocumentKeys;

/**
 * A ruleset file: its bytes, its version (a short hash of the bytes) and its typed content (scoring, thresholds,
 * rules, word lists, skill taxonomy and coverage lexicons), compiled once into a token trie. Immutable and
 * thread-safe.
 */
public final class Ruleset {
    public static final String DEFAULT_RESOURCE = "/rulesets/default.yaml";

    private final String source;
    private final byte[] bytes;
    private final String version;
    private final RulesetParser.Parsed parsed;
    private final Lexicon lexicon;
    private final Map<String, Lexicon> lexiconsByLanguage = new TreeMap<>();

    private Ruleset(final String source, final byte[] bytes, final RulesetParser.Parsed parsed) {
        this.source = source;
        this.bytes = bytes.clone();
        this.version = DocumentKeys.shortHash(bytes);
        this.parsed = parsed;
        this.lexicon = Lexicon.compile(parsed);
        for (final String language : parsed.languages().keySet()) {
            lexiconsByLanguage.put(language, Lexicon.compile(parsed, language));
        }
    }

    /**
     * @return the ruleset shipped with the product
     * @throws IllegalStateException when the resource is missing or invalid (a build defect)
     */
    public static Ruleset defaults() {
        try (InputStream in = Ruleset.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default ruleset missing from the classpath");
            }
            final byte[] bytes = in.readAllBytes();
            final List<RulesetError> errors = new ArrayList<>();
            final RulesetParser.Parsed parsed = RulesetParser.parseStrict(bytes, errors);
            if (parsed == null) {
                throw new RulesetException("default", errors);
            }
            return new Ruleset("default", bytes, parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RulesetException e) {
            throw new IllegalStateException("the default ruleset is invalid: " + e.errors(), e);
        }
    }

    /**
     * @param file a ruleset YAML file
     * @return the ruleset
     * @throws UncheckedIOException when the file cannot be read
     * @throws RulesetException     when the file does not validate (errors carry line numbers)
     */
    public static Ruleset load(final Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ruleset " + file, e);
        }
    }

    /**
     * Keys added to the format after its first release are optional: a file written for an earlier version takes
     * the bundled ruleset's value for each missing one (no grade gates when they are missing).
     *
     * @param source a name for messages (file or resource name)
     * @param bytes  the YAML bytes
     * @return the ruleset
     * @throws RulesetException when the bytes do not validate
     */
    public static Ruleset parse(final String source, final byte[] bytes) {
        final List<RulesetError> errors = new ArrayList<>();
        final RulesetParser.Parsed parsed = RulesetParser.parse(bytes, errors);
        if (parsed == null) {
            throw new RulesetException(source, errors);
        }
        return new Ruleset(source, bytes, parsed);
    }

    /**
     * Checks a ruleset file without throwing, for {@code rp rules check FILE}.
     *
     * @param bytes the YAML bytes
     * @return every problem with its line, ordered by line; empty when the ruleset is valid
     */
    public static List<RulesetError> validate(final byte[] bytes) {
        final List<RulesetError> errors = new ArrayList<>();
        RulesetParser.parse(bytes, errors);
        return List.copyOf(errors);
    }

    /**
     * @param file a ruleset YAML file
     * @return every problem with its line (line 0 when the file cannot be read); empty when valid
     */
    public static List<RulesetError> validate(final Path file) {
        try {
            return validate(Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of(new RulesetError(0, "cannot read " + file + ": " + e.getMessage()));
        }
    }

    /** @return the languages other than English the ruleset has words for (ISO 639-1), sorted */
    public List<String> languages() {
        return List.copyOf(parsed.languages().keySet());
    }

    /** @return the lexicons a language gives its own words for, by lexicon name; empty for an unknown language */
    Map<String, List<Term>> languageLexicons(final String language) {
        return parsed.languages().getOrDefault(language, Map.of());
    }

    /** @return the token trie of a language's words, the English one when the ruleset has none for it */
    Lexicon lexiconOf(final String language) {
        return lexiconsByLanguage.getOrDefault(language, lexicon);
    }

    /** @return the name the file gives itself ({@code name:}) */
    public String name() {
        return parsed.name();
    }

    /** @return where it was read from: "default" or the file name */
    public String source() {
        return source;
    }

    /** @return the first 12 hex characters of the SHA-256 of the file bytes */
    public String version() {
        return version;
    }

    /** @return a copy of the file bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return how scores are built */
    public Scoring scoring() {
        return parsed.scoring();
    }

    /** @return the thresholds */
    public Thresholds thresholds() {
        return parsed.thresholds();
    }

    /** @return every rule's settings by id (sorted) */
    public Map<String, RuleSettings> rules() {
        return parsed.rules();
    }

    /**
     * @param id a rule id of {@link RuleCatalog}
     * @return its settings
     * @throws IllegalArgumentException when the id is unknown
     */
    public RuleSettings rule(final String id) {
        final RuleSettings r = parsed.rules().get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown rule id " + id);
        }
        return r;
    }

    /**
     * @param name a lexicon name of the file, e.g. "buzzwords"
     * @return its entries in file order, empty when unknown
     */
    public List<Term> lexicon(final String name) {
        return parsed.lexicons().getOrDefault(name, List.of());
    }

    /** @return irregular verb forms by base form */
    public Map<String, List<String>> irregularVerbs() {
        return parsed.irregularVerbs();
    }

    /** @return skill taxonomy by group: languages, datastores, infrastructure, tools */
    public Map<String, List<Term>> skills() {
        return parsed.skills();
    }

    /** @return coverage lexicons by area */
    public Map<String, List<Term>> coverage() {
        return parsed.coverage();
    }

    /** @return the grade of a score under this ruleset's grade thresholds */
    public String grade(final int score) {
        return score >= scoring().strong() ? "strong" : score >= scoring().fair() ? "fair" : "weak";
    }

    Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public String toString() {
        return "Ruleset[" + name() + "@" + version + "]";
    }
}
