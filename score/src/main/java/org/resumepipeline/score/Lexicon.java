package org.resumepipeline.score;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resumepipeline.score.text.Category;
import org.resumepipeline.score.text.Matches;
import org.resumepipeline.score.text.TokenTrie;
import org.resumepipeline.score.text.Tokens;

/**
 * Every word list of a ruleset compiled into one token trie; action verbs (the action_verbs list and the bases of
 * irregular_verbs) are expanded into their base, past, present and -ing forms. Immutable and thread-safe.
 */
final class Lexicon {
    private static final String VOWELS = "aeiou";

    private final TokenTrie trie = new TokenTrie();

    private Lexicon() {
    }

    static Lexicon compile(final RulesetParser.Parsed p) {
        return compile(p, null);
    }

    /**
     * @param language null for English; else a language of {@code p.languages()}: its own words replace the English
     *                 ones of {@link RulesetParser#LANGUAGE_LEXICONS} (a list it does not give is empty), and its
     *                 action verbs are taken as written, every form listed (no English inflection)
     */
    static Lexicon compile(final RulesetParser.Parsed p, final String language) {
        final Lexicon lx = new Lexicon();
        final Map<String, List<Term>> own = language == null ? null : p.languages().get(language);
        for (final Category c : Category.values()) {
            if (c.lexiconName() != null) {
                final List<Term> terms = own != null && RulesetParser.LANGUAGE_LEXICONS.contains(c.lexiconName())
                        ? own.getOrDefault(c.lexiconName(), List.of()) : p.lexicons().get(c.lexiconName());
                for (final Term t : terms) {
                    for (final String form : t.forms()) {
                        lx.trie.add(form, c, null);
                    }
                }
            }
        }
        if (own == null) {
            lx.addVerbs(p.lexicons().get("action_verbs"), p.irregularVerbs());
        } else {
            for (final Term t : own.getOrDefault("action_verbs", List.of())) {
                for (final String form : t.forms()) {
                    lx.trie.add(form, Category.ACTION_PAST, null);
                }
            }
        }
        final Category[] groups = {Category.LANGUAGE, Category.DATASTORE, Category.INFRASTRUCTURE, null};
        for (int g = 0; g < RuleCatalog.SKILL_GROUPS.size(); g++) {
            for (final Term t : p.skills().getOrDefault(RuleCatalog.SKILL_GROUPS.get(g), List.of())) {
                for (final String form : t.forms()) {
                    lx.trie.add(form, Category.TECHNOLOGY, t.name());
                    if (groups[g] != null) {
                        lx.trie.add(form, groups[g], t.name());
                    }
                }
            }
        }
        for (final Map.Entry<String, List<Term>> area : p.coverage().entrySet()) {
            final Category c = Category.valueOf("COV_" + area.getKey().toUpperCase(Locale.ROOT));
            for (final Term t : area.getValue()) {
                for (final String form : t.forms()) {
                    lx.trie.add(form, c, null);
                }
            }
        }
        return lx;
    }

    private void addVerbs(final List<Term> verbs, final Map<String, List<String>> irregular) {
        final Set<String> bases = new LinkedHashSet<>();
        for (final Term t : verbs) {
            bases.add(t.name().toLowerCase(Locale.ROOT));
        }
        bases.addAll(irregular.keySet());
        for (final String base : bases) {
            trie.add(base, Category.ACTION_BASE, null);
            trie.add(base, Category.ACTION_PRESENT, null);
            trie.add(thirdPerson(base), Category.ACTION_PRESENT, null);
            trie.add(past(base), Category.ACTION_PAST, null);
            trie.add(gerund(base), Category.ACTION_GERUND, null);
            if (doubles(base)) {
                final String d = base + base.charAt(base.length() - 1);
                trie.add(d + "ed", Category.ACTION_PAST, null);
                trie.add(d + "ing", Category.ACTION_GERUND, null);
            }
            for (final String form : irregular.getOrDefault(base, List.of())) {
                trie.add(form, Category.ACTION_PAST, null);
            }
        }
    }

    static String past(final String base) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (consonantY(base)) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        return base + "ed";
    }

    static String thirdPerson(final String base) {
        if (base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
                || base.endsWith("sh")) {
            return base + "es";
        }
        if (consonantY(base)) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    static String gerund(final String base) {
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee") && base.length() > 2) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        return base + "ing";
    }

    private static boolean consonantY(final String s) {
        return s.length() > 1 && s.endsWith("y") && VOWELS.indexOf(s.charAt(s.length() - 2)) < 0;
    }

    /** Consonant-vowel-consonant endings double their last letter in some words (ship, shipped); both are added. */
    private static boolean doubles(final String s) {
        final int n = s.length();
        if (n < 3) {
            return false;
        }
        final char last = s.charAt(n - 1);
        return VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0 && Character.isLetter(last)
                && VOWELS.indexOf(s.charAt(n - 2)) >= 0 && VOWELS.indexOf(s.charAt(n - 3)) < 0;
    }

    Matches match(final Tokens tokens) {
        return trie.match(tokens);
    }

    /** @return the categories of one lower-case word */
    long single(final String lower) {
        return trie.single(lower);
    }
}
