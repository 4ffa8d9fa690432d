package org.resumepipeline.score;

import java.util.List;

/** The rule and signal ids of the catalogue (docs/bullet-rules.md). They are a public interface: keep them. */
public final class RuleCatalog {
    public static final String WEAK_OPENER = "WEAK_OPENER";
    public static final String NO_ACTION_VERB = "NO_ACTION_VERB";
    public static final String TOOL_ONLY = "TOOL_ONLY";
    public static final String NO_METRIC = "NO_METRIC";
    public static final String VANITY_METRIC = "VANITY_METRIC";
    public static final String NO_RESULT = "NO_RESULT";
    public static final String VAGUE = "VAGUE";
    public static final String BUZZWORD = "BUZZWORD";
    public static final String PLACEHOLDER = "PLACEHOLDER";
    public static final String PRONOUN = "PRONOUN";
    public static final String PASSIVE = "PASSIVE";
    public static final String TOO_SHORT = "TOO_SHORT";
    public static final String TOO_LONG = "TOO_LONG";

    public static final String SECTION_MISSING = "SECTION_MISSING";
    public static final String SECTION_ORDER = "SECTION_ORDER";
    public static final String BULLETS_PER_ROLE = "BULLETS_PER_ROLE";
    public static final String LOW_QUANTIFIED_SHARE = "LOW_QUANTIFIED_SHARE";
    public static final String SKILL_UNBACKED = "SKILL_UNBACKED";
    public static final String SKILLS_DUMP = "SKILLS_DUMP";
    public static final String STACK_INCOMPLETE = "STACK_INCOMPLETE";
    public static final String GENERIC_SUMMARY = "GENERIC_SUMMARY";
    public static final String TOO_MANY_PAGES = "TOO_MANY_PAGES";
    public static final String CONTACT_MISSING = "CONTACT_MISSING";
    public static final String NO_FAILURE_HANDLING = "NO_FAILURE_HANDLING";
    public static final String NO_SECURITY_SIGNAL = "NO_SECURITY_SIGNAL";

    public static final String ACTION_VERB = "ACTION_VERB";
    public static final String METRIC = "METRIC";
    public static final String BEFORE_AFTER = "BEFORE_AFTER";
    public static final String RESULT = "RESULT";
    public static final String MECHANISM = "MECHANISM";
    public static final String SCOPE = "SCOPE";
    public static final String TECHNOLOGY = "TECHNOLOGY";

    /** Bullet rules in catalogue order. */
    public static final List<String> BULLET_RULES = List.of(WEAK_OPENER, NO_ACTION_VERB, TOOL_ONLY, NO_METRIC,
            VANITY_METRIC, NO_RESULT, VAGUE, BUZZWORD, PLACEHOLDER, PRONOUN, PASSIVE, TOO_SHORT, TOO_LONG);
    /** Resume rules in catalogue order. */
    public static final List<String> RESUME_RULES = List.of(SECTION_MISSING, SECTION_ORDER, BULLETS_PER_ROLE,
            LOW_QUANTIFIED_SHARE, SKILL_UNBACKED, SKILLS_DUMP, STACK_INCOMPLETE, GENERIC_SUMMARY, TOO_MANY_PAGES,
            CONTACT_MISSING, NO_FAILURE_HANDLING, NO_SECURITY_SIGNAL);
    /** Positive signals in catalogue order. */
    public static final List<String> SIGNALS = List.of(ACTION_VERB, METRIC, BEFORE_AFTER, RESULT, MECHANISM, SCOPE,
            TECHNOLOGY);
    /** Signal coverage areas, as reported. */
    public static final List<String> COVERAGE_AREAS = List.of("performance", "reliability", "data", "security",
            "scale", "delivery", "leadership", "risk_management");
    /** Skill groups of the ruleset; the first three are the layers STACK_INCOMPLETE asks for. */
    public static final List<String> SKILL_GROUPS = List.of("languages", "datastores", "infrastructure", "tools");

    public static final String ERROR = "error";
    public static final String WARN = "warn";
    public static final String INFO = "info";
    /** Severities, most severe first. */
    public static final List<String> SEVERITIES = List.of(ERROR, WARN, INFO);

    private RuleCatalog() {
    }
}
