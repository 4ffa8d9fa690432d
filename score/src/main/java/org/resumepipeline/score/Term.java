package org.resumepipeline.score;

import java.util.List;

/**
 * One lexicon entry: the name reported and every form matched (the name first, then aliases). A form starting
 * with '=' matches only with that exact case.
 *
 * @param name  the name to report, without a leading '='
 * @param forms the forms to match
 */
public record Term(String name, List<String> forms) {
    public Term {
        forms = List.copyOf(forms);
    }
}
