package org.resumepipeline.score;

import java.util.List;
import java.util.Map;

/**
 * How scores are built.
 *
 * @param base          bullet score before signals and rules
 * @param signals       weight of each positive signal id (sorted map)
 * @param strong        bullet and resume grade "strong" at or above this
 * @param fair          grade "fair" at or above this, "weak" below
 * @param bulletsShare  percent of the resume score from the weighted mean of experience bullet scores
 * @param rulesShare    percent from the resume-rules score
 * @param recencyDecay  role i (0 = most recent) weighs recencyDecay^i in the bullet mean
 * @param minRoleWeight lower bound of a role's weight
 * @param strongRequires      signal ids a bullet must all earn to be graded strong, whatever its score
 * @param strongRequiresOneOf signal ids of which a strong bullet must earn at least one (empty: none needed)
 * @param fairRequiresOneOf   signal ids of which a fair (or strong) bullet must earn at least one (empty: none)
 */
public record Scoring(int base, Map<String, Integer> signals, int strong, int fair, int bulletsShare,
                      int rulesShare, double recencyDecay, double minRoleWeight, List<String> strongRequires,
                      List<String> strongRequiresOneOf, List<String> fairRequiresOneOf) {
    public Scoring {
        signals = Map.copyOf(signals);
        strongRequires = List.copyOf(strongRequires);
        strongRequiresOneOf = List.copyOf(strongRequiresOneOf);
        fairRequiresOneOf = List.copyOf(fairRequiresOneOf);
    }

    /** @return the weight of a signal id, 0 when unknown */
    public int signal(final String id) {
        return signals.getOrDefault(id, 0);
    }
}
