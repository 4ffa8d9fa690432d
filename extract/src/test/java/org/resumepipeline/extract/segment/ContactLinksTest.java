package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactLinksTest {

    @Test
    void shouldKeepOneLinkPerProfileWhetherWrittenAsTextOrAsAHyperlink() {
        assertThat(ContactParser.distinctLinks(List.of("github.com/kwh-builds", "https://github.com/kwh-builds",
                "https://www.linkedin.com/in/kwh/", "linkedin.com/in/kwh", "https://kwh.example.com")))
                .containsExactly("github.com/kwh-builds", "https://www.linkedin.com/in/kwh/",
                        "https://kwh.example.com");
    }
}
