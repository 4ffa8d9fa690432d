package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class ParseFaultTest {
    @Test
    void shouldNameTheInnermostParserAndTheRootCauseButNoMessage() {
        final Metadata metadata = new Metadata();
        metadata.add(TikaCoreProperties.TIKA_PARSED_BY, "org.apache.tika.parser.DefaultParser");
        metadata.add(TikaCoreProperties.TIKA_PARSED_BY, "org.resumepipeline.extract.layout.LayoutAwarePdfParser");
        final ParseFault fault = ParseFault.of(new TikaException("Unable to extract PDF content",
                new IOException("wrapped", new NullPointerException("secret resume text"))), metadata);
        assertThat(fault).isEqualTo(new ParseFault("LayoutAwarePdfParser", "java.lang.NullPointerException"));
        assertThat(fault.toString()).doesNotContain("secret");
    }

    @Test
    void shouldSayUnknownWhenNoParserRan() {
        assertThat(ParseFault.of(new IllegalStateException(), new Metadata()).parser()).isEqualTo(ParseFault.UNKNOWN);
    }
}
