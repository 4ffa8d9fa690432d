package org.resumepipeline.extract;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.XHTMLContentHandler;
import org.resumepipeline.extract.language.LanguageDetection;
import org.resumepipeline.extract.layout.ColumnReader;
import org.resumepipeline.extract.layout.LayoutAwarePdfParser;
import org.resumepipeline.extract.segment.Line;
import org.resumepipeline.extract.segment.ResumeSegmenter;
import org.resumepipeline.extract.segment.DateColumn;
import org.resumepipeline.extract.segment.MarginDates;
import org.resumepipeline.extract.segment.XhtmlLineCollector;
import org.resumepipeline.model.FailureReason;
import org.resumepipeline.model.ResumeDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Parses one document in this JVM with bounded Tika (size limit, text limit, SecureContentHandler thresholds, no
 * embedded documents, OCR off unless configured) and segments it. Thread-safe: one shared parser, per-call state.
 * Never throws for bad input; an {@link OutOfMemoryError} is rethrown only when {@code rethrowOutOfMemory} is set
 * (the worker JVM then exits and its parent reports OUT_OF_MEMORY).
 */
public final class TikaResumeParser {
    /** Version recorded with each text: Tika version and segmenter version. */
    public static final String VERSION = "tika-" + Optional.ofNullable(Tika.class.getPackage().getImplementationVersion())
            .orElse("3") + "/" + ResumeSegmenter.VERSION;

    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", "docx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"),
            Map.entry("text/markdown", "md"),
            Map.entry("text/x-web-markdown", "md"),
            Map.entry("text/plain", "txt"),
            Map.entry("image/png", "image"),
            Map.entry("image/jpeg", "image"),
            Map.entry("image/tiff", "image"));
    private static final Set<String> ENCRYPTED_TYPES = Set.of("application/x-tika-ooxml-protected",
            "application/x-tika-ooxml-encrypted");
    private static final Set<String> CONTAINER_EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf");
    private static final Set<String> ARCHIVE_TYPES = Set.of("application/zip", "application/x-bzip2", "application/gzip",
            "application/x-gzip", "application/x-7z-compressed", "application/x-rar-compressed", "application/x-tar",
            "application/x-xz", "application/java-archive", "application/x-compress", "application/zstd");
    private static final long MAX_COMPRESSION_RATIO = 100;
    private static final int MAX_XML_DEPTH = 100;
    private static final int MAX_PACKAGE_DEPTH = 2;
    private static final int MIN_CHARS_PER_PAGE = 20;
    private static final String CHARS_PER_PAGE = "pdf:charsPerPage";
    private static final HtmlMapper HTML_MAPPER = new Html5BlockMapper();
    private static final Logger LOG = LoggerFactory.getLogger(TikaResumeParser.class);

    private final AutoDetectParser parser;
    private final ExtractConfig config;
    /** Present when OCR is on and tesseract is installed. */
    private final Optional<OcrEngine> ocr;

    public TikaResumeParser(final ExtractConfig config) {
        this.config = config;
        this.ocr = config.ocr() ? OcrEngine.find() : Optional.empty();
        // Tika's parsers, PDFs read with the layout check (ResumeAutoDetectParser)
        this.parser = new ResumeAutoDetectParser(
                new DetectedTypeDetector(TikaConfig.getDefaultConfig().getDetector()), config.ocr());
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, (long) config.maxChars() * 2,
                MAX_COMPRESSION_RATIO, MAX_XML_DEPTH, MAX_PACKAGE_DEPTH));
    }

    /**
     * @param file    file name as uploaded (type hint only)
     * @param content document bytes
     * @return the outcome; never null
     */
    public Extraction parse(final String file, final byte[] content) {
        return parse(file, content, null);
    }

    /**
     * @param file      file name as uploaded (type hint only)
     * @param content   document bytes
     * @param mediaType the type ingest sniffed from these bytes, used instead of detecting again when it is one of
     *                  the accepted types (MIME magic is a large share of the cost of a small document); null, or
     *                  any other value, to detect
     * @return the outcome; never null
     */
    public Extraction parse(final String file, final byte[] content, final String mediaType) {
        if (content.length == 0) {
            return Extraction.failed(FailureReason.EMPTY, null, null);
        }
        if (content.length > config.maxBytes()) {
            return Extraction.failed(FailureReason.TOO_LARGE, String.format(Locale.ROOT,
                    "The file has %d bytes, over the limit of %d. %s", content.length, config.maxBytes(),
                    FailureReason.TOO_LARGE.advice()), null);
        }
        final String name = file == null ? "" : file;
        final Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        final String extension = FileFormats.of(name);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            final MediaType type = mediaType != null && FORMATS.containsKey(mediaType) ? MediaType.parse(mediaType)
                    : parser.getDetector().detect(in, metadata);
            final String detected = type.getBaseType().toString();
            if (ENCRYPTED_TYPES.contains(detected)) {
                return Extraction.failed(FailureReason.ENCRYPTED, null, detected);
            }
            final String format = FORMATS.get(detected);
            if (format == null || "txt".equals(format) && CONTAINER_EXTENSIONS.contains(extension)) {
                return refuse(detected, extension);
            }
            final XhtmlLineCollector collector = new XhtmlLineCollector(config.maxChars(), "pdf".equals(format),
                    "html".equals(format));
            metadata.set(Metadata.CONTENT_TYPE, detected);
            metadata.set(DetectedTypeDetector.KEY, type.toString());
            if ("image".equals(format) && ocr.isEmpty()) {
                return Extraction.failed(FailureReason.NO_TEXT, String.format(Locale.ROOT,
                        "The file is an image (%s): it has no text without OCR. Run with --ocr (tesseract-ocr"
                                + " installed) to read it.", detected), detected);
            }
            final Optional<Extraction> failure = run(in, collector, metadata, detected, "image".equals(format));
            if (failure.isPresent()) {
                return failure.get();
            }
            final boolean outOfOrder = "pdf".equals(format)
                    && Boolean.parseBoolean(metadata.get(LayoutAwarePdfParser.OUT_OF_ORDER));
            List<Line> lines = outOfOrder ? byPosition(content, metadata, collector) : collector.lines();
            if ("pdf".equals(format) && DateColumn.detached(lines)) {
                // dates set in a column of their own came apart from their entries: read across the page instead
                lines = DateColumn.reattach(byPosition(content, new Metadata(), collector));
            }
            if ("pdf".equals(format)) {
                lines = MarginDates.join(DateColumn.trailingDates(lines));
            }
            if (ocr.isPresent() && ("image".equals(format) || emptyPages(metadata) > 0)) {
                lines = OcrBullets.mark(lines);
            }
            return segment(format, detected, metadata, lines, collector.links());
        } catch (IOException e) {
            return parseError(ParseFault.of(e, metadata), null);
        }
    }

    private Optional<Extraction> run(final TikaInputStream in, final XhtmlLineCollector collector,
                                     final Metadata metadata, final String mediaType, final boolean image) {
        try {
            if (image) {
                ocr.orElseThrow().parser().parse(in, collector, metadata, context());
            } else {
                parser.parse(in, collector, metadata, context());
            }
            return Optional.empty();
        } catch (StackOverflowError e) {
            return Optional.of(parseError(ParseFault.of(e, metadata), mediaType));
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (collector.limitReached() || WriteLimitReachedException.isWriteLimitReached(e)) {
                return Optional.empty();
            }
            final FailureReason reason = classify(e);
            return Optional.of(reason == FailureReason.PARSE_ERROR ? parseError(ParseFault.of(e, metadata), mediaType)
                    : Extraction.failed(reason, null, mediaType));
        }
    }

    /** Logs what threw (parser and exception class, never the message: it can quote the document). */
    private static Extraction parseError(final ParseFault fault, final String mediaType) {
        LOG.warn("PARSE_ERROR: {} threw {} on a {} document", fault.parser(), fault.exception(),
                mediaType == null ? "undetected" : mediaType);
        return Extraction.parseError(fault, mediaType);
    }

    /**
     * A PDF whose first page Tika read out of reading order is read again by position ({@link ColumnReader}),
     * through the same line collector as Tika's XHTML. Tika's lines stay when PDFBox cannot read it that way.
     */
    private List<Line> byPosition(final byte[] content, final Metadata metadata, final XhtmlLineCollector tika) {
        final XhtmlLineCollector collector = new XhtmlLineCollector(config.maxChars(), true);
        try {
            final String gutter = metadata.get(LayoutAwarePdfParser.GUTTER);
            final String top = metadata.get(LayoutAwarePdfParser.COLUMNS_TOP);
            final List<String> pages = ColumnReader.pages(content, gutter == null ? Double.NaN
                    : Double.parseDouble(gutter), top == null ? 0 : Double.parseDouble(top));
            final AttributesImpl page = new AttributesImpl();
            page.addAttribute("", "class", "class", "CDATA", "page");
            for (final String text : pages) {
                collector.startElement(XHTMLContentHandler.XHTML, "div", "div", page);
                for (final String paragraph : text.split(ColumnReader.PARAGRAPH_END)) {
                    collector.startElement(XHTMLContentHandler.XHTML, "p", "p", new AttributesImpl());
                    collector.characters(paragraph.toCharArray(), 0, paragraph.length());
                    collector.endElement(XHTMLContentHandler.XHTML, "p", "p");
                }
                collector.endElement(XHTMLContentHandler.XHTML, "div", "div");
            }
        } catch (SAXException e) {
            if (!collector.limitReached()) {
                return tika.lines();
            }
        } catch (IOException | RuntimeException e) {
            return tika.lines();
        }
        return collector.lines();
    }

    private Extraction segment(final String format, final String mediaType, final Metadata metadata,
                               final List<Line> lines, final List<String> links) {
        final int pages = pages(metadata);
        final List<String> warnings = new ArrayList<>();
        final String[] perPage = metadata.getValues(CHARS_PER_PAGE);
        final int emptyPages = emptyPages(metadata);
        final long chars = lines.stream().mapToLong(l -> l.text().codePoints().filter(c -> !Character.isWhitespace(c))
                .count()).sum();
        if (chars == 0 && "image".equals(format)) {
            return Extraction.failed(FailureReason.NO_TEXT, "OCR found no text in the image. Scan it again at 300"
                    + " dpi or more, or upload a text PDF or DOCX.", mediaType);
        }
        if (chars == 0 || "pdf".equals(format) && chars < (long) MIN_CHARS_PER_PAGE * Math.max(1, pages)
                && emptyPages > 0) {
            return Extraction.failed(FailureReason.NO_TEXT, "pdf".equals(format) ? String.format(Locale.ROOT,
                    "The PDF has %d page(s) and none has text. %s", pages, ocr.isPresent()
                            ? "OCR found no text either: scan it again at 300 dpi or more."
                            : FailureReason.NO_TEXT.advice() + " (tesseract-ocr installed)") : null, mediaType);
        }
        if (emptyPages > 0) {
            warnings.add("SCANNED");
            if (emptyPages == perPage.length) {
                warnings.add("IMAGE_ONLY");
            }
        }
        if ("pdf".equals(format) && Boolean.parseBoolean(metadata.get(LayoutAwarePdfParser.TWO_COLUMN))) {
            warnings.add("TWO_COLUMN");
        }
        final Optional<ResumeDocument> document = ResumeSegmenter.segment(format, pages, lines, links,
                warnings);
        return document.map(d -> Extraction.ok(LanguageDetection.get().annotate(d), mediaType))
                .orElseGet(() -> Extraction.failed(FailureReason.NOT_A_RESUME, null, mediaType));
    }

    private ParseContext context() {
        final ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        context.set(HtmlMapper.class, HTML_MAPPER);
        if (ocr.isPresent()) {
            // Tika's PDF parser OCRs with the parser it finds here (none: a NullPointerException on every page)
            context.set(Parser.class, ocr.get().parser());
            context.set(TesseractOCRConfig.class, ocr.get().config(config.ocrLanguage(),
                    (int) config.timeout().toSeconds()));
        } else {
            final TesseractOCRConfig off = new TesseractOCRConfig();
            off.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, off);
        }
        // the PDF settings are the PDF parser's own (LayoutAwarePdfParser): a config here would replace its hook
        return context;
    }

    private static Extraction refuse(final String mediaType, final String extension) {
        if (CONTAINER_EXTENSIONS.contains(extension)) {
            return Extraction.failed(FailureReason.CORRUPT, String.format(Locale.ROOT,
                    "The file is named .%s but its content is %s, not a valid %s. %s", extension, mediaType,
                    extension.toUpperCase(Locale.ROOT), FailureReason.CORRUPT.advice()), mediaType);
        }
        final String what = ARCHIVE_TYPES.contains(mediaType) ? "an archive (" + mediaType + ")" : mediaType;
        return Extraction.failed(FailureReason.UNSUPPORTED_TYPE, String.format(Locale.ROOT,
                "The file is %s. %s", what, FailureReason.UNSUPPORTED_TYPE.advice()), mediaType);
    }

    static FailureReason classify(final Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            final String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("InvalidPasswordException")
                    || t.getClass().getName().endsWith("EncryptedDocumentException")) {
                return FailureReason.ENCRYPTED;
            }
            if (t instanceof ZeroByteFileException) {
                return FailureReason.EMPTY;
            }
            if (message.contains("levels of xml element nesting")) {
                // Tika calls markup nested past its depth limit a "zip bomb" too: for a document that is not an
                // archive the archive-bomb advice would mislead
                return FailureReason.PARSE_ERROR;
            }
            if (message.contains("zip bomb") || message.contains("compression ratio")
                    || message.contains("nested too deep") || message.contains("max depth")) {
                return FailureReason.ARCHIVE_BOMB;
            }
            if (t instanceof UnsupportedFormatException) {
                return FailureReason.UNSUPPORTED_TYPE;
            }
            if (t instanceof ZipException || t instanceof EOFException
                    || t.getClass().getName().endsWith("NotOfficeXmlFileException")
                    || t.getClass().getName().endsWith("InvalidFormatException")
                    || message.contains("couldn't find core part") || message.contains("truncated")
                    || message.contains("unexpected end") || message.contains("header signature")
                    || message.contains("end-of-file")) {
                return FailureReason.CORRUPT;
            }
        }
        return FailureReason.PARSE_ERROR;
    }

    /** @return the PDF pages without a text layer (OCR, when on, has read them) */
    private static int emptyPages(final Metadata metadata) {
        int empty = 0;
        for (final String v : metadata.getValues(CHARS_PER_PAGE)) {
            if ("0".equals(v.strip())) {
                empty++;
            }
        }
        return empty;
    }

    private static int pages(final Metadata metadata) {
        for (final String key : List.of(PagedText.N_PAGES.getName(), Office.PAGE_COUNT.getName())) {
            final String v = metadata.get(key);
            if (v != null) {
                try {
                    return Math.max(1, Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }

    /** Resumes need their own text only: attachments and embedded documents are not parsed. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(final Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(final java.io.InputStream stream, final ContentHandler handler,
                                  final Metadata metadata, final boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
