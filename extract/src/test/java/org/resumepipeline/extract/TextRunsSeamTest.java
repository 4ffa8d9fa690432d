package org.resumepipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.pdf.TextRunsPDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.resumepipeline.extract.layout.LayoutAwarePdfParser;

/**
 * TextRunsPDFParserConfig reaches into Tika's package (see the top of that file). These checks fail loudly when a
 * Tika upgrade moves the seam, instead of letting the layout verdict silently disappear.
 */
class TextRunsSeamTest {
    private static final String PDF2XHTML = "org.apache.tika.parser.pdf.PDF2XHTML";

    @Test
    void shouldStillFindTikasHookAndTheParseContextOnItsTextStripper() throws Exception {
        final Class<?> stripper = Class.forName(PDF2XHTML);
        final Method configure = PDFParserConfig.class.getMethod("configure", stripper);
        assertThat(Modifier.isPublic(configure.getModifiers()))
                .as("Tika seam moved: PDFParserConfig.configure(PDF2XHTML) is no longer public").isTrue();
        assertThat(TextRunsPDFParserConfig.class.getDeclaredMethod("configure", stripper).getDeclaringClass())
                .as("Tika seam moved: TextRunsPDFParserConfig no longer overrides configure(PDF2XHTML)")
                .isEqualTo(TextRunsPDFParserConfig.class);
        final Field context = Arrays.stream(stripper.getSuperclass().getDeclaredFields())
                .filter(f -> f.getName().equals("context")).findFirst().orElse(null);
        assertThat(context).as("Tika seam moved: AbstractPDF2XHTML.context is gone").isNotNull();
        assertThat(context.getType()).isEqualTo(ParseContext.class);
    }

    @Test
    void shouldRecordTheFirstPagesLayoutDuringTikasOwnPass() throws Exception {
        final Metadata metadata = new Metadata();
        new LayoutAwarePdfParser(false).parse(new ByteArrayInputStream(ResumeFixtures.pdf()),
                new BodyContentHandler(-1), metadata, new ParseContext());
        assertThat(metadata.get(LayoutAwarePdfParser.TWO_COLUMN))
                .as("Tika seam moved: Tika's PDF pass no longer calls TextRunsPDFParserConfig.configure, so no "
                        + "text run was recorded and the two-column verdict is lost")
                .isEqualTo("false");
    }
}
