/*
 * A SEAM INTO TIKA, ON PURPOSE. This class sits in Tika's package org.apache.tika.parser.pdf because it is the only
 * way, in Tika 3.3.1, to reach the text stripper of Tika's own PDF pass: PDF2XHTML and its parent AbstractPDF2XHTML
 * are package-private, the public PDFParserConfig.configure(PDF2XHTML) is the one hook Tika calls with it, and the
 * parse's context is the package-private field AbstractPDF2XHTML.context. Without it the layout check needs a
 * second pass of its own over the first page (a third of a PDF's parse time). A Tika upgrade that changes any of
 * this fails TextRunsSeamTest (by name, with what changed) instead of silently losing the two-column verdict.
 */
package org.apache.tika.parser.pdf;

import org.resumepipeline.extract.layout.TextRuns;

/**
 * Tika's PDF settings, plus one hook: when the parse's context holds a {@link TextRuns}, it is installed on the
 * text stripper Tika has just built, so the page layout is read from Tika's own pass over the content streams
 * instead of a second one. It lives in Tika's package because the stripper's type ({@code PDF2XHTML}) is
 * package-private there; {@link #configure(PDF2XHTML)} is the public method Tika calls with it on every parse.
 *
 * <p>Tika uses its parser's default config as it is, but copies a config found in the parse's context into a
 * plain {@link PDFParserConfig}: this class only works as the default config of the PDF parser
 * ({@link PDFParser#setPDFParserConfig(PDFParserConfig)}), and a parse must not put a config in its context.
 * Thread-safe as far as this class goes: the per-parse state is the context's {@link TextRuns}.
 */
public final class TextRunsPDFParserConfig extends PDFParserConfig {
    private static final long serialVersionUID = 1L;

    @Override
    public void configure(final PDF2XHTML pdf2XHTML) {
        super.configure(pdf2XHTML);
        final TextRuns runs = pdf2XHTML.context == null ? null : pdf2XHTML.context.get(TextRuns.class);
        if (runs != null) {
            runs.install(pdf2XHTML);
        }
    }
}
