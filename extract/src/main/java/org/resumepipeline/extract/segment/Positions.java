package org.resumepipeline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.resumepipeline.model.Role;

/**
 * Positions held in one organisation, listed as its dated lines ("Genetics Student Organization Officer" over
 * "• 2016-Present: President", "• 2014-2015: Second-year Representative"), and memberships, which are no positions
 * ("ASAS PhD Student Member"). Stateless.
 */
final class Positions {
    private static final Set<String> MEMBERSHIP_HEADINGS = Set.copyOf(Wordlist.read("membership-headings.txt"));
    /** "Member", "PhD Student Member", "Mitglied": a membership and no office. */
    private static final Pattern MEMBER = Pattern.compile("(?:member|mitglied|membre|miembro|membro|lid|członek|член"
            + "|участник)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[:：–—-]\\s*");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int MAX_TITLE_WORDS = 8;

    private Positions() {
    }

    /** @return true for the heading of a section of memberships ("Memberships", "Organizations", "Affiliations") */
    static boolean listsMemberships(final String heading) {
        return MEMBERSHIP_HEADINGS.contains(HeadingLexicon.normalize(heading.strip()));
    }

    /**
     * @return the roles, each whose bullets are all dated positions ("2016-Present: President") replaced by one
     *         role per position, at the organisation its header names
     */
    static List<Role> expand(final List<Role> roles) {
        final List<Role> out = new ArrayList<>(roles.size());
        for (final Role role : roles) {
            final List<Role> held = held(role);
            out.addAll(held.isEmpty() ? List.of(role) : held);
        }
        return out;
    }

    /** @return the roles that are offices held: no plain membership, no entry without a title */
    static List<Role> withoutMemberships(final List<Role> roles) {
        return roles.stream().filter(r -> r.title() != null && Fields.isTitle(r.title())
                && !MEMBER.matcher(r.title().strip()).find()).toList();
    }

    private static List<Role> held(final Role role) {
        if (role.bullets().isEmpty()) {
            return List.of();
        }
        final String organisation = organisation(role);
        final List<Role> held = new ArrayList<>();
        for (final String bullet : role.bullets()) {
            final Optional<DateRange> dates = DateRange.findRange(bullet).filter(d -> d.from() == 0);
            if (dates.isEmpty()) {
                return List.of();
            }
            final String title = SEPARATOR.matcher(bullet.substring(dates.get().to())).replaceFirst("").strip();
            if (title.isEmpty() || WORDS.split(title).length > MAX_TITLE_WORDS || !Fields.isTitle(title)
                    || Fields.isCompany(title)) {
                return List.of();
            }
            held.add(new Role(title, organisation, role.location(), dates.get().text(), dates.get().start(),
                    dates.get().end(), dates.get().current(), List.of()));
        }
        return held;
    }

    /** "Genetics Student Organization Officer": the header without the office words at its end. */
    private static String organisation(final Role role) {
        final String header = role.company() != null ? role.company() : role.title();
        if (header == null) {
            return null;
        }
        final List<String> words = new ArrayList<>(List.of(WORDS.split(header.strip())));
        while (words.size() > 1 && Fields.isTitle(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
