package org.resumepipeline.score;

import java.util.List;
import java.util.Locale;
import org.resumepipeline.model.Role;

/** BULLETS_PER_ROLE and LOW_QUANTIFIED_SHARE. */
final class RoleChecks implements ResumeCheck {
    @Override
    public void apply(final ResumeContext c) {
        final Thresholds th = c.ruleset.thresholds();
        final List<Role> roles = c.doc.roles();
        for (int i = 0; i < roles.size(); i++) {
            final int n = roles.get(i).bullets().size();
            if (i == 0 && (n < th.recentRoleMinBullets() || n > th.recentRoleMaxBullets())) {
                c.fire(RuleCatalog.BULLETS_PER_ROLE, "The most recent role" + name(roles.get(i)) + " has "
                                + Sentences.count(n, "bullet") + "; " + th.recentRoleMinBullets() + " to "
                                + th.recentRoleMaxBullets() + " read best.",
                        n < th.recentRoleMinBullets() ? "Add bullets for your biggest outcomes in this role."
                                : "Keep the strongest bullets and merge or drop the rest.");
            } else if (i > 0 && n > th.anyRoleMaxBullets()) {
                c.fire(RuleCatalog.BULLETS_PER_ROLE, "The role" + name(roles.get(i)) + " has " + n
                        + " bullets; more than " + th.anyRoleMaxBullets() + " dilutes the strong ones.",
                        "Keep the strongest " + th.anyRoleMaxBullets() + " or fewer; older roles need fewer.");
            }
        }
        int total = 0;
        int quantified = 0;
        for (final List<BulletAnalysis> role : c.roles) {
            for (final BulletAnalysis b : role) {
                total++;
                if (b.metric()) {
                    quantified++;
                }
            }
        }
        if (total > 0 && quantified < th.quantifiedShare() * total) {
            c.fire(RuleCatalog.LOW_QUANTIFIED_SHARE, quantified + " of " + Sentences.count(total, "experience bullet")
                            + (quantified == 1 ? " carries" : " carry") + " a metric (under "
                            + String.format(Locale.ROOT, "%.0f", th.quantifiedShare() * 100) + "%).",
                    "Add the measured result to more bullets: latency, throughput, error rate, cost, scale or "
                            + "time saved, ideally 'from X to Y'.");
        }
    }

    private static String name(final Role r) {
        final String title = r.title() == null || r.title().isBlank() ? null : r.title().strip();
        final String company = r.company() == null || r.company().isBlank() ? null : r.company().strip();
        if (title == null && company == null) {
            return "";
        }
        return " (" + (title == null ? company : company == null ? title : title + ", " + company) + ")";
    }
}
