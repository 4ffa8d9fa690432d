package org.resumepipeline.score;

/**
 * The thresholds of a ruleset.
 *
 * @param tooShortWords        TOO_SHORT below this many words
 * @param tooLongWords         TOO_LONG above this many words
 * @param recentRoleMinBullets BULLETS_PER_ROLE: fewest bullets for the most recent role
 * @param recentRoleMaxBullets BULLETS_PER_ROLE: most bullets for the most recent role
 * @param anyRoleMaxBullets    BULLETS_PER_ROLE: most bullets for any role
 * @param quantifiedShare      LOW_QUANTIFIED_SHARE below this share (0-1) of experience bullets with a metric
 * @param skillsDumpMax        SKILLS_DUMP above this many skills
 * @param maxPages             TOO_MANY_PAGES above this many pages
 * @param maxPagesJunior       TOO_MANY_PAGES above this many pages when experience adds up to under juniorYears
 * @param juniorYears          years of experience below which maxPagesJunior applies
 * @param yearMin              a four-digit number from yearMin to yearMax is a year, not a quantity ...
 * @param yearMax              ... unless a unit follows it
 * @param unbackedSkillsNamed  SKILL_UNBACKED names at most this many skills (and gives the count of the rest)
 */
public record Thresholds(int tooShortWords, int tooLongWords, int recentRoleMinBullets, int recentRoleMaxBullets,
                         int anyRoleMaxBullets, double quantifiedShare, int skillsDumpMax, int maxPages,
                         int maxPagesJunior, int juniorYears, int yearMin, int yearMax,
                         int unbackedSkillsNamed) {
}
