package org.resumepipeline.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Contact;
import org.resumepipeline.model.Finding;
import org.resumepipeline.model.Role;

/**
 * Every message and suggestion of every rule, generated with representative arguments (singular and plural counts,
 * one and several missing layers, short and long lists), passes a simple sentence check.
 */
class MessageGrammarTest {
    private static final ResumeScorer SCORER = new ResumeScorer(Ruleset.defaults());
    private static final Pattern DOUBLED = Pattern.compile("\\b(\\p{L}+)\\s+\\1\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_ARTICLE = Pattern.compile("\\bno (a|an|the)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,])\\b1 (words|bullets|pages|skills|years|items)\\b");
    private static final Pattern PLURAL_ONE = Pattern.compile("\\b([02-9]|\\d{2,}) (word|bullet|page|skill|year)\\b(?!-)");
    private static final List<String> BULLETS = List.of(
            "", "   - • ", "Helped", "Responsible for the payments database and its nightly backup jobs",
            "Database migration from MySQL to PostgreSQL for the orders service",
            "Designs the event schema for the usage pipeline at 3B events/day",
            "Building the event schema for the usage pipeline at 3B events per day",
            "Used Kafka and Redis for asynchronous processing in the order service",
            "Wrote 20,000 lines of code and 40 endpoints for the order service",
            "Designed and built a REST API for order management using Spring Boot",
            "Improved performance of various services in the platform team",
            "Results-driven team player who drove synergy across the platform teams",
            "Cut checkout latency by XX% with a Redis cache on the API [N]",
            "I migrated our billing jobs to Airflow, cutting failures by 80%",
            "The billing pipeline was migrated to Kafka by me over two quarters",
            "Built REST APIs", "Cut", "Designed and built " + "the new service and ".repeat(12) + "the database");
    private static final List<String> SKILLS = List.of("Java", "Go", "PostgreSQL", "Redis", "Kubernetes", "AWS");

    private static List<Finding> generate() {
        final List<Finding> all = new ArrayList<>();
        for (final String b : BULLETS) {
            all.addAll(SCORER.scoreBullet(b, false).findings());
            all.addAll(SCORER.scoreBullet(b, true).findings());
        }
        for (final int bullets : List.of(1, 2, 7, 9)) {
            final Resumes r = new Resumes();
            final List<String> list = new ArrayList<>();
            for (int i = 0; i < bullets; i++) {
                list.add(i % 2 == 0 ? "Worked on the backend services" : Resumes.STRONG_BULLETS.get(0));
            }
            r.roles.set(0, role(r.roles.get(0), list));
            r.roles.set(1, role(r.roles.get(1), bullets > 8 ? list : List.of("Worked on the backend services")));
            all.addAll(SCORER.score(r.build(), null).findings());
        }
        for (final int unbacked : List.of(1, 2, 12, 40)) {
            final Resumes r = new Resumes();
            for (int i = 0; i < unbacked; i++) {
                r.skills.add("Tool" + i);
            }
            all.addAll(SCORER.score(r.build(), null).findings());
        }
        for (final int layers : List.of(1, 2, 3)) {
            final Resumes r = new Resumes();
            r.summary = "Results-driven, passionate engineer with strong problem-solving skills";
            r.skills.clear();
            r.skills.addAll(SKILLS.subList(0, 2 * (3 - layers)));
            r.roles.clear();
            r.roles.add(new Role("Engineer", "Acme", null, "2023 - 2024", "2023", "2024", false,
                    List.of("Worked on the backend services")));
            r.projects.clear();
            r.sections.clear();
            r.sections.add(Resumes.section(org.resumepipeline.model.SectionKind.EDUCATION));
            r.sections.add(Resumes.section(org.resumepipeline.model.SectionKind.PROJECTS));
            r.sections.add(Resumes.section(org.resumepipeline.model.SectionKind.EXPERIENCE));
            r.contact = new Contact("A", null, null, List.of());
            r.pages = layers + 1;
            all.addAll(SCORER.score(r.build(), null).findings());
        }
        final Resumes empty = new Resumes();
        empty.roles.clear();
        empty.sections.clear();
        empty.skills.clear();
        empty.education.clear();
        for (int i = 0; i < 35; i++) {
            empty.skills.add("Skill" + i);
        }
        all.addAll(SCORER.score(empty.build(), null).findings());
        return all;
    }

    private static Role role(final Role r, final List<String> bullets) {
        return new Role(r.title(), r.company(), r.location(), r.dates(), r.start(), r.end(), r.current(), bullets);
    }

    /** @return what is wrong with a sentence, empty when nothing is */
    static List<String> problems(final String s) {
        final List<String> p = new ArrayList<>();
        if (s == null || s.isBlank()) {
            p.add("empty");
            return p;
        }
        final char first = s.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '\'')) {
            p.add("does not start with a capital, a digit or a quote");
        }
        if (!(s.endsWith(".") || s.endsWith("!") || s.endsWith("?") || s.endsWith(".'") || s.endsWith(".)"))) {
            p.add("does not end with punctuation");
        }
        final Matcher doubled = DOUBLED.matcher(s);
        if (doubled.find()) {
            p.add("doubled word '" + doubled.group() + "'");
        }
        if (NO_ARTICLE.matcher(s).find()) {
            p.add("'no' before an article");
        }
        if (ONE_PLURAL.matcher(s).find() || PLURAL_ONE.matcher(s).find()) {
            p.add("number and noun disagree");
        }
        // an ellipsis inside a quoted example ('Migrated ...') is meant; anything else like it is not
        final String plain = s.replace(" ...'", "'").replace("'...,", "',");
        for (final String bad : List.of("{", "}", "%s", "%d", "null", "  ", " ,", " .", ",,", "..", "''", "( ", " )")) {
            if (plain.contains(bad)) {
                p.add("contains '" + bad + "'");
            }
        }
        return p;
    }

    @Test
    void shouldGenerateAMessageAndASuggestionForEveryRuleOfTheCatalogue() {
        final Set<String> fired = new TreeSet<>();
        generate().forEach(f -> fired.add(f.rule()));
        assertThat(fired).containsAll(RuleCatalog.BULLET_RULES).containsAll(RuleCatalog.RESUME_RULES);
    }

    @Test
    void shouldWriteEveryMessageAndSuggestionAsAGrammaticalSentence() {
        final Set<String> texts = new TreeSet<>();
        for (final Finding f : generate()) {
            texts.add(f.rule() + "\tmessage\t" + f.message());
            texts.add(f.rule() + "\tsuggestion\t" + f.suggestion());
        }
        final List<String> wrong = new ArrayList<>();
        for (final String t : texts) {
            final String sentence = t.substring(t.lastIndexOf('\t') + 1);
            final List<String> p = problems(sentence);
            if (!p.isEmpty()) {
                wrong.add(t + "  <- " + p);
            }
        }
        System.out.printf("messages: %d distinct messages and suggestions checked%n", texts.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldCatchTheBrokenSentencesTheCheckIsFor() {
        assertThat(problems("The resume names no a programming language, no a datastore.")).isNotEmpty();
        assertThat(problems("Only 1 words: too little.")).isNotEmpty();
        assertThat(problems("the the bullet")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems("Lists {count} items.")).isNotEmpty();
        assertThat(problems("The resume names no programming language, no datastore and no infrastructure layer."))
                .isEmpty();
        assertThat(problems("Open with the past tense: 'Designed ...' (present tense is for a current role).")).isEmpty();
    }
}
