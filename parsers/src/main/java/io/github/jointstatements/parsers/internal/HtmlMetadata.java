package io.github.jointstatements.parsers.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the metadata pages declare in their markup: Open Graph and article meta tags, the
 * canonical link, the {@code lang} attribute, {@code <time datetime>}. Thread-safe.
 */
public final class HtmlMetadata {

    private HtmlMetadata() {}

    /**
     * Returns the content of the first meta tag with one of the given names. The names are tried in order; for each, the first meta tag in document order that carries it
     * in {@code property}, {@code name} or {@code itemprop} (case-insensitive) counts, if its
     * content is not blank.
     */
    public static Optional<String> meta(Document document, String... names) {
        // one walk for all the names, rather than a selector parsed and run per name
        Elements metas = document.getElementsByTag("meta");
        for (String name : names) {
            for (Element meta : metas) {
                if (carries(meta, "property", name) || carries(meta, "name", name)
                        || carries(meta, "itemprop", name)) {
                    String content = Lines.collapse(meta.attr("content"));
                    if (!content.isEmpty()) {
                        return Optional.of(content);
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the attribute holds the value, as the selector {@code [key=value]} matches it. */
    private static boolean carries(Element element, String key, String value) {
        return element.hasAttr(key) && value.equalsIgnoreCase(element.attr(key).trim());
    }

    /** Returns the page's title: Open Graph, else {@code <title>}. */
    public static Optional<String> title(Document document) {
        return meta(document, "og:title", "twitter:title")
                .or(() -> Optional.of(Lines.collapse(document.title())).filter(t -> !t.isEmpty()));
    }

    /** Returns the page's publication date from article meta tags or a {@code <time>}. */
    public static Optional<LocalDate> publishedDate(Document document) {
        Optional<LocalDate> meta = meta(document, "article:published_time", "datePublished",
                "date", "dc.date", "DC.date.issued", "pubdate").flatMap(PageDates::parse);
        if (meta.isPresent()) {
            return meta;
        }
        Element time = document.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : PageDates.parse(time.attr("datetime"));
    }

    /** Returns the canonical URL the page declares, resolved against its base. */
    public static Optional<URI> canonicalUrl(Document document) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        return link == null ? Optional.empty() : uri(link.absUrl("href"));
    }

    /** Returns the site's name from Open Graph. */
    public static Optional<String> siteName(Document document) {
        return meta(document, "og:site_name");
    }

    /** Returns the primary language subtag the page declares ("en" for "en-US"). */
    public static Optional<String> language(Document document) {
        Element html = document.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = meta(document, "content-language", "og:locale").orElse("");
        }
        lang = lang.strip().replace('_', '-');
        int dash = lang.indexOf('-');
        String primary = (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter)
                ? Optional.of(primary) : Optional.empty();
    }

    /** Parses an absolute URI, or returns empty. */
    public static Optional<URI> uri(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
