package io.github.jointstatements.examples.customparser;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page parser for a site that joint-statements does not know: the releases of
 * {@code press.example.org}, a press room whose template puts the title in
 * {@code h1.release-title}, the date in {@code <time datetime>}, the place in
 * {@code .dateline}, the text in {@code .release-body} and lists releases in
 * {@code ul.release-list}.
 *
 * <p>It is found with {@link java.util.ServiceLoader}: the examples' jar lists it in
 * {@code META-INF/services/io.github.jointstatements.parsers.PageParser} (a modular jar would
 * say {@code provides io.github.jointstatements.parsers.PageParser with ...} in
 * {@code module-info.java}). Like every page parser it is stateless and thread-safe.
 */
public final class PressRoomPageParser implements PageParser {

    private static final String HOST = "press.example.org";

    /** Creates the parser; {@link java.util.ServiceLoader} needs a public no-argument one. */
    public PressRoomPageParser() {}

    @Override
    public String id() {
        return "example-press-room";
    }

    @Override
    public int fit(PageInput input) {
        // cheap: the address alone; HOST_FIT wins over markup guesses and the generic parser
        boolean ours = input.format() == Format.HTML
                && input.host().filter(HOST::equals).isPresent();
        return ours ? HOST_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        Document document = input.document();
        Optional<LocalDate> date = text(document, ".release-meta time[datetime]", "datetime")
                .flatMap(PressRoomPageParser::date);
        var page = Page.builder()
                .title(text(document, "h1.release-title", null))
                .date(date)
                .location(text(document, ".release-meta .dateline", null))
                .publisher(text(document, "meta[name=publisher]", "content"))
                .language(text(document, "html[lang]", "lang"))
                .noStatement(document.selectFirst("ul.release-list") != null)
                .source(Source.builder()
                        .url(input.url())
                        .canonicalUrl(text(document, "link[rel=canonical]", "abs:href")
                                .flatMap(PressRoomPageParser::uri))
                        .siteName(text(document, "meta[property=og:site_name]", "content"))
                        .publishedOn(date)
                        .parser(id())
                        .build());
        for (Element paragraph : document.select(".release-body p")) {
            String text = paragraph.text().strip();
            if (!text.isEmpty()) {
                page.addParagraph(text);
            }
        }
        return page.build();
    }

    /** The text of the first element matching {@code css}, or its attribute; empty if blank. */
    private static Optional<String> text(Document document, String css, String attribute) {
        Element element = document.selectFirst(css);
        if (element == null) {
            return Optional.empty();
        }
        String value = attribute == null ? element.text() : element.attr(attribute);
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<LocalDate> date(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // a malformed date is left out, not guessed
        }
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
