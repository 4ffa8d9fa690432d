package org.resumepipeline.extract;

import java.util.Locale;
import java.util.Set;
import org.resumepipeline.extract.segment.XhtmlLineCollector;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's default HTML mapping, plus the HTML5 layout elements static-site exporters build resumes from
 * ({@code <div>}, {@code <section>}, {@code <article>}, {@code <header>} ...), which the default drops: each becomes a {@code div},
 * so its end ends a line instead of gluing its text to the next element's; and the dates that timeline themes keep
 * in an attribute for their style sheet to show ({@code <div data-dates="06/2011 - Present">}). Thread-safe
 * (stateless).
 */
final class Html5BlockMapper implements HtmlMapper {
    private static final Set<String> BLOCKS = Set.of("div", "section", "article", "header", "footer", "main", "aside",
            "nav", "figure", "figcaption", "address", "hgroup", "details", "summary");
    private static final HtmlMapper DEFAULT = DefaultHtmlMapper.INSTANCE;

    @Override
    public String mapSafeElement(final String name) {
        return BLOCKS.contains(name.toLowerCase(Locale.ROOT)) ? "div" : DEFAULT.mapSafeElement(name);
    }

    @Override
    public boolean isDiscardElement(final String name) {
        return DEFAULT.isDiscardElement(name);
    }

    @Override
    public String mapSafeAttribute(final String elementName, final String attributeName) {
        final String name = attributeName.toLowerCase(Locale.ROOT);
        return XhtmlLineCollector.DATES_ATTRIBUTE.matcher(name).matches() ? name
                : DEFAULT.mapSafeAttribute(elementName, attributeName);
    }
}
