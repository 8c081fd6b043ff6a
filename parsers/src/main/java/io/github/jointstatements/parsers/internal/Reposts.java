package io.github.jointstatements.parsers.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Unwraps a repost: a blog or news page that reproduces an issuer's release. It recognises the
 * marks reposts carry — an e-mail bulletin's "View Online" block (the release's headline and
 * date repeated after it), "Originally published at ...", "Source: ...", a link to an issuer's
 * host — and returns the original's address, title and date, with the marks taken out of the
 * text. Thread-safe: no state.
 */
public final class Reposts {

    /** Lines that open an e-mail bulletin's repeat of the release's headline and date. */
    private static final Set<String> VIEW_ONLINE = Set.of("view online", "view this online",
            "view as a webpage", "view as webpage", "view in browser", "view it online",
            "view this email in your browser", "view this in your browser");

    /** Openings of a line that names the original. */
    private static final List<String> ORIGIN = List.of("originally published", "first published",
            "this article was originally published", "this post was originally published",
            "this statement was originally published", "source:", "source :", "(source:",
            "read the original", "read the full statement", "read the full release",
            "read more at", "cross-posted from", "reposted from", "republished from",
            "courtesy of", "original release:", "original source:", "via:");

    /** Lines after "View Online" that may repeat the headline, before its date. */
    private static final int MAX_HEADLINE_LINES = 8;

    /** A line naming the original is at most this long; a longer one is text. */
    private static final int MAX_ORIGIN_WORDS = 40;

    private Reposts() {}

    /**
     * Returns whether a short line is one of the marks of a repost ("View Online", "Source: ...",
     * "Originally published at ..."), which a page parser keeps even when it is only a link.
     */
    public static boolean isMark(String line) {
        String key = Lines.key(line);
        if (VIEW_ONLINE.contains(key)) {
            return true;
        }
        for (String origin : ORIGIN) {
            if (key.startsWith(origin)) {
                return true;
            }
        }
        return false;
    }

    /** A link of the page's content: its text and absolute address. */
    public record Link(String text, URI href) {}

    /** What a repost says of its original, and its text without the marks. */
    public record Repost(Optional<URI> originalUrl, Optional<String> title,
            Optional<LocalDate> date, List<String> paragraphs) {}

    /**
     * Returns what the paragraphs say of an original they reproduce, or empty when they read as
     * an original themselves.
     *
     * @param paragraphs the page's body
     * @param linkSource the links of the body, asked for only when a mark needs them
     * @param pageHost the host of the page itself, if known: links to it are not an original
     */
    public static Optional<Repost> unwrap(List<String> paragraphs,
            Supplier<List<Link>> linkSource, Optional<String> pageHost) {
        List<String> body = new ArrayList<>(paragraphs);
        Supplier<List<Link>> links = memoize(linkSource);
        for (int m = 0; m < body.size(); m++) {
            String key = Lines.key(body.get(m));
            if (VIEW_ONLINE.contains(key)) {
                StringBuilder headline = new StringBuilder();
                for (int j = m + 1; j < body.size() && j <= m + MAX_HEADLINE_LINES; j++) {
                    Optional<LocalDate> date = PageDates.parse(body.get(j));
                    if (date.isPresent()) {
                        String title = Lines.collapse(headline);
                        body.subList(m, j + 1).clear();
                        return Optional.of(new Repost(linkNamed(links.get(), key, pageHost),
                                title.isEmpty() ? Optional.empty() : Optional.of(title),
                                date, body));
                    }
                    headline.append(' ').append(body.get(j));
                }
                body.remove(m);
                return Optional.of(new Repost(linkNamed(links.get(), key, pageHost), Optional.empty(),
                        Optional.empty(), body));
            }
            for (String origin : ORIGIN) {
                if (key.startsWith(origin) && Titles.words(key) <= MAX_ORIGIN_WORDS) {
                    String line = body.remove(m);
                    Optional<URI> url = linkInside(links.get(), line, pageHost)
                            .or(() -> urlWritten(line));
                    Optional<LocalDate> date = PageDates.find(line).map(PageDates.Found::date);
                    if (url.isEmpty() && date.isEmpty()) {
                        body.add(m, line); // "Source: the ministry" names no original to unwrap
                        break;
                    }
                    return Optional.of(new Repost(url, Optional.empty(), date, body));
                }
            }
        }
        if (pageHost.flatMap(Publishers::forHost).isEmpty()) {
            for (Link link : links.get()) {
                String host = link.href().getHost();
                if (host != null && Publishers.forHost(host).isPresent()
                        && !host.equalsIgnoreCase(pageHost.orElse("")) && isReleaseLink(link)) {
                    return Optional.of(new Repost(Optional.of(link.href()), Optional.empty(),
                            Optional.empty(), body));
                }
            }
        }
        return Optional.empty();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    /**
     * A link to a release, not to an issuer's home page or a section of its site: its path goes
     * somewhere, and its text reads like a headline or says it leads to the original.
     */
    private static boolean isReleaseLink(Link link) {
        String path = link.href().getPath();
        if (path == null || path.length() <= 12) {
            return false;
        }
        String text = Lines.key(link.text());
        return Titles.words(text) >= 4 || text.contains("original") || text.contains("full text")
                || text.contains("full statement") || text.contains("read more");
    }

    private static Optional<URI> linkNamed(List<Link> links, String key, Optional<String> pageHost) {
        for (Link link : links) {
            if (Lines.key(link.text()).equals(key) && !sameHost(link, pageHost)) {
                return Optional.of(link.href());
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> linkInside(List<Link> links, String line, Optional<String> pageHost) {
        String key = Lines.key(line);
        for (Link link : links) {
            String text = Lines.key(link.text());
            if (!text.isEmpty() && key.contains(text) && !sameHost(link, pageHost)) {
                return Optional.of(link.href());
            }
        }
        return Optional.empty();
    }

    private static boolean sameHost(Link link, Optional<String> pageHost) {
        return pageHost.isPresent() && pageHost.get().equalsIgnoreCase(link.href().getHost());
    }

    private static Optional<URI> urlWritten(String line) {
        int at = line.toLowerCase(Locale.ROOT).indexOf("http");
        if (at < 0) {
            return Optional.empty();
        }
        int end = at;
        while (end < line.length() && !Lines.isSpace(line.charAt(end))) {
            end++;
        }
        String url = line.substring(at, end);
        while (!url.isEmpty() && ".,;)]".indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        return HtmlMetadata.uri(url);
    }
}
