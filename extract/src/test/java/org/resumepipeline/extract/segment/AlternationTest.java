package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The grouped alternation matches what the plain one matches, with the same preference. */
class AlternationTest {
    private static final List<String> WORDS = List.of("january", "janvier", "juillet", "június", "jan", "juil",
            "ja", "février", "fev", "feb", "éte", "сентябрь", "сен", "março", "mar", "mai");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void shouldMatchTheSameTextsAsThePlainAlternation() {
        final Pattern plain = Pattern.compile("(?:" + String.join("|", WORDS) + ")(?:\\s+(\\d{4}))?", FLAGS);
        final Pattern grouped = Pattern.compile(Alternation.byFirstLetter(WORDS) + "(?:\\s+(\\d{4}))?", FLAGS);
        for (final String text : List.of("Jan 2020", "JANUARY 2021", "Janvier", "Juil. 2019", "jaja", "FÉVRIER 2018",
                "Fev", "ÉTE 2017", "Сентябрь 2016", "СЕН", "MARÇO 2015", "Mai 2014", "Marz", "none", "jxn")) {
            final Matcher p = plain.matcher(text);
            final Matcher g = grouped.matcher(text);
            final boolean found = p.find();
            assertThat(g.find()).as(text).isEqualTo(found);
            if (found) {
                assertThat(g.group()).as(text).isEqualTo(p.group());
                assertThat(g.start()).as(text).isEqualTo(p.start());
            }
        }
        assertThat(grouped.matcher("Janvier 2020").lookingAt()).isTrue();
        assertThat(Alternation.byFirstLetter(WORDS)).startsWith("(?:j(?:");
    }
}
