package org.resumepipeline.score;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.resumepipeline.score.text.Category;

/**
 * NO_FAILURE_HANDLING, NO_SECURITY_SIGNAL and the signal coverage map: which areas have at least one strong
 * bullet.
 */
final class SignalCoverage implements ResumeCheck {
    private static final Map<String, Category> AREAS = Map.of(
            "performance", Category.COV_PERFORMANCE, "reliability", Category.COV_RELIABILITY,
            "data", Category.COV_DATA, "security", Category.COV_SECURITY, "scale", Category.COV_SCALE,
            "delivery", Category.COV_DELIVERY, "leadership", Category.COV_LEADERSHIP,
            "risk_management", Category.COV_RISK_MANAGEMENT);

    @Override
    public void apply(final ResumeContext c) {
        long any = 0;
        for (final BulletAnalysis b : c.allBullets()) {
            any |= b.categories();
        }
        if (!Category.FAILURE_HANDLING.in(any)) {
            c.fire(RuleCatalog.NO_FAILURE_HANDLING, "No bullet mentions failure handling (retries, timeouts, "
                            + "idempotency, dead-letter queues, rollback, incidents).",
                    "Add a bullet on how you kept a system correct under failure: 'Added idempotency keys to the "
                            + "payments API, preventing duplicate charges when clients retried after timeouts'.");
        }
        if (!Category.SECURITY.in(any)) {
            c.fire(RuleCatalog.NO_SECURITY_SIGNAL, "No bullet mentions security (authentication, authorization, "
                            + "input validation, encryption, secrets, data protection).",
                    "If you did security work, say so: 'Moved service credentials to Vault with 24-hour "
                            + "rotation, removing secrets from 40 repositories'.");
        }
    }

    /** @return every coverage area (sorted) mapped to true when a strong bullet names one of its terms */
    static SortedMap<String, Boolean> coverage(final ResumeContext c, final String strongGrade) {
        final SortedMap<String, Boolean> out = new TreeMap<>();
        for (final String area : RuleCatalog.COVERAGE_AREAS) {
            out.put(area, false);
        }
        for (final BulletAnalysis b : c.allBullets()) {
            if (!strongGrade.equals(b.scored().grade())) {
                continue;
            }
            for (final Map.Entry<String, Category> e : AREAS.entrySet()) {
                if (e.getValue().in(b.categories())) {
                    out.put(e.getKey(), true);
                }
            }
        }
        return out;
    }
}
