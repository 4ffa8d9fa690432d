package org.resumepipeline.extract.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resumepipeline.model.ResumeDocument;
import org.resumepipeline.model.Role;

/**
 * The language of a resume and of its bullets, by the Optimaize n-gram detector (the library behind Tika's
 * {@code tika-langdetect-optimaize}), restricted to the languages the segmenter reads; text with kana is Japanese
 * (its kanji alone read as Chinese). Measured against Lingua on short texts in {@code docs/languages.md}.
 * Thread-safe: the detector is immutable; one instance per JVM ({@link #get()}), built on first use (about 1 s).
 */
public final class LanguageDetection {
    /** ISO 639-1 codes of the languages detected: the ones the segmenter has headings, months and dates for. */
    public static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "pt", "it", "nl", "pl", "ru", "uk",
            "zh", "ja");
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}&&[^ー・]]");
    /** Below this many letters a text says too little about its language. */
    private static final int MIN_LETTERS = 12;
    /**
     * A bullet is said to be in another language than its document only when the detector is this sure and the
     * bullet has at least {@link #MIN_BULLET_WORDS} words: on the real-world corpus every bullet of five words or
     * fewer it put in another language ("Zero downtime database migration." as Italian) was wrong.
     */
    private static final double BULLET_CONFIDENCE = 0.9;
    private static final int MIN_BULLET_WORDS = 8;
    /** Below this character no text is Chinese or Japanese (Unicode puts Han, kana and their forms after it). */
    private static final char FIRST_CJK = '\u2E80';
    private static final char FIRST_KANA = '\u3041';
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final double DOCUMENT_CONFIDENCE = 0.5;
    private static final int MAX_DOCUMENT_CHARS = 1500;

    private static final class Holder {
        private static final LanguageDetection INSTANCE = new LanguageDetection();
    }

    private final LanguageDetector detector;
    private final TextObjectFactory shortText = CommonTextObjectFactories.forDetectingShortCleanText();
    private final FunctionWords functionWords = new FunctionWords();

    private LanguageDetection() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readBuiltIn(LANGUAGES.stream()
                            .map(l -> LdLocale.fromString("zh".equals(l) ? "zh-CN" : l)).toList()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles of the detector are missing", e);
        }
    }

    /** @return the shared detector */
    public static LanguageDetection get() {
        return Holder.INSTANCE;
    }

    /**
     * @param text any text
     * @return its language (ISO 639-1) when the text is long enough and the detector sure enough
     */
    public Optional<String> detect(final String text) {
        return detect(text, DOCUMENT_CONFIDENCE);
    }

    private Optional<String> detect(final String text, final double confidence) {
        final String sample = text.length() > MAX_DOCUMENT_CHARS ? text.substring(0, MAX_DOCUMENT_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        if (hasCharAtOrAbove(sample, FIRST_KANA) && KANA.matcher(sample).find()) {
            return Optional.of("ja");
        }
        final List<DetectedLanguage> found = detector.getProbabilities(shortText.forText(sample));
        if (found.isEmpty() || found.get(0).getProbability() < confidence) {
            return Optional.empty();
        }
        return Optional.of(found.get(0).getLocale().getLanguage());
    }

    /**
     * @param document a segmented resume
     * @return the document with its language (from its bullets, summary and section text) and the languages of the
     *         bullets written in another one
     */
    public ResumeDocument annotate(final ResumeDocument document) {
        final StringBuilder text = new StringBuilder();
        if (document.summary() != null) {
            text.append(document.summary()).append('\n');
        }
        bullets(document).forEach(b -> text.append(b).append('\n'));
        if (text.length() < MAX_DOCUMENT_CHARS) {
            document.sections().forEach(s -> s.lines().forEach(l -> text.append(l).append('\n')));
        }
        final Optional<String> language = detect(text.toString());
        final Map<String, String> others = new LinkedHashMap<>();
        for (final String bullet : bullets(document)) {
            if (words(bullet) < MIN_BULLET_WORDS
                    || language.isPresent() && functionWords.readsAs(bullet, language.get())) {
                continue;
            }
            detect(bullet, BULLET_CONFIDENCE).filter(l -> !language.map(l::equals).orElse(false))
                    .ifPresent(l -> others.put(bullet, l));
        }
        return document.withLanguage(language.orElse(null), others);
    }

    /** @return the words of a text, two Chinese or Japanese characters counting as one */
    private static long words(final String text) {
        if (!hasCharAtOrAbove(text, FIRST_CJK)) {
            return WORD.matcher(text).results().count();
        }
        final long cjk = CJK.matcher(text).results().count();
        return WORD.matcher(CJK.matcher(text).replaceAll(" ")).results().count() + cjk / 2;
    }

    private static boolean hasCharAtOrAbove(final String text, final char first) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= first) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bullets(final ResumeDocument document) {
        return java.util.stream.Stream.concat(document.roles().stream(), document.projects().stream())
                .map(Role::bullets).flatMap(List::stream).toList();
    }
}
