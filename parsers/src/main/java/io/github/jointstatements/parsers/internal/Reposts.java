package io.github.jointstatements.parsers.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Unwraps a repost: a blog or news page that reproduces an issuer's release. It recognises the
 * marks reposts carry — an e-mail bulletin's "View Online" block (the release's headline and
 * date repeated after it), "Originally published at ...", "Source: ...", an attribution ("The
 * following Readout was published by ... on Nov. 29. It is reproduced in full below.", "The
 * press release issued by ... on 23 September 2024."), an announcement of the text ("Following
 * is the full text of the joint communique:"), a link to an issuer's host — and returns the
 * original's address, title, date and publisher, with the marks (and a news item's framing
 * before an announcement) taken out of the text. Thread-safe: no state.
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

    /** The first characters of the marks' and origins' openings (lower-case). */
    private static final String MARK_OPENINGS = openings(VIEW_ONLINE, ORIGIN);

    /** The verbs of an attribution line, with the "by" that names the publisher. */
    private static final List<String> ATTRIBUTION_VERBS = List.of(" published by ",
            " issued by ", " released by ", " posted by ", " distributed by ");

    /** Words saying that the text below reproduces the original. */
    private static final List<String> REPRODUCED = List.of("reproduced", "republished",
            "reprinted", "in full below", "is below", "follows below");

    /** The endings of an ordinal day: "29th". */
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

    /** Lines after "View Online" that may repeat the headline, before its date. */
    private static final int MAX_HEADLINE_LINES = 8;

    /** A line naming the original is at most this long; a longer one is text. */
    private static final int MAX_ORIGIN_WORDS = 40;

    /** An attribution or an announcement stands among the first paragraphs of a repost. */
    private static final int MAX_LEAD_PARAGRAPHS = 4;

    /** An announcement of the text is at most this many words long. */
    private static final int MAX_ANNOUNCEMENT_WORDS = 30;

    /** A bare address among this many last paragraphs is the original's. */
    private static final int MAX_TRAILING_ADDRESS = 2;

    /** A publisher named in a "Source:" line has at most this many words. */
    private static final int MAX_PUBLISHER_WORDS = 10;

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

    /**
     * What a repost says of its original, and its text without the marks.
     *
     * @param originalUrl the original's address, if the repost gives it
     * @param title the original's headline, if the repost repeats it
     * @param date the original's date, if the repost gives it with its year
     * @param publisher the institution the repost names as the original's publisher
     * @param paragraphs the text without the marks
     */
    public record Repost(Optional<URI> originalUrl, Optional<String> title,
            Optional<LocalDate> date, Optional<String> publisher, List<String> paragraphs) {

        /** Returns whether the repost says more of its original than who published it. */
        public boolean namesOriginal() {
            return originalUrl.isPresent() || title.isPresent() || date.isPresent();
        }
    }

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
        return unwrap(paragraphs, linkSource, linkSource, pageHost);
    }

    /**
     * Returns what the paragraphs say of an original they reproduce, as {@link #unwrap(List,
     * Supplier, Optional)} does, with a cheaper source of the links for the common case of a
     * page that carries no mark: those that may lead to an issuer's release.
     *
     * @param paragraphs the page's body
     * @param linkSource the links of the body, asked for only when a mark needs them
     * @param publisherLinkSource the links of the body whose host may be one of {@link
     *     Publishers}' (every one of {@code linkSource}'s that is, others allowed), in the same
     *     order; asked for only when no mark was found
     * @param pageHost the host of the page itself, if known: links to it are not an original
     */
    public static Optional<Repost> unwrap(List<String> paragraphs,
            Supplier<List<Link>> linkSource, Supplier<List<Link>> publisherLinkSource,
            Optional<String> pageHost) {
        List<String> body = new ArrayList<>(paragraphs);
        Supplier<List<Link>> links = memoize(linkSource);
        URI url = null;
        String title = null;
        LocalDate date = null;
        String publisher = null;
        boolean found = false;
        boolean viewOnline = false;
        for (int m = 0; m < body.size(); m++) {
            String line = body.get(m);
            // only a line that opens as a mark does or ends with a colon, no longer than any
            // mark or announcement, can be one: its words are counted no further than that,
            // and other lines are neither counted, collapsed nor lower-cased (the empty key is
            // no mark, origin nor announcement)
            int words = mayBeMark(line) ? Lines.words(line, MAX_ORIGIN_WORDS + 1)
                    : MAX_ORIGIN_WORDS + 1;
            String key = words > MAX_ORIGIN_WORDS ? "" : Lines.key(line);
            if (VIEW_ONLINE.contains(key) && !viewOnline) {
                viewOnline = true;
                found = true;
                if (url == null) {
                    url = linkNamed(links.get(), key, pageHost).orElse(null);
                }
                StringBuilder headline = new StringBuilder();
                int end = m;
                for (int j = m + 1; j < body.size() && j <= m + MAX_HEADLINE_LINES; j++) {
                    Optional<LocalDate> lineDate = PageDates.parse(body.get(j));
                    if (lineDate.isPresent()) {
                        String repeated = Lines.collapse(headline);
                        if (!repeated.isEmpty()) {
                            title = repeated;
                        }
                        date = lineDate.get();
                        end = j;
                        break;
                    }
                    headline.append(' ').append(body.get(j));
                }
                body.subList(m, end + 1).clear();
                m--;
                continue;
            }
            if (isOrigin(key, words)) {
                Optional<URI> lineUrl = linkInside(links.get(), line, pageHost)
                        .or(() -> urlWritten(line));
                Optional<LocalDate> lineDate = PageDates.find(line).map(PageDates.Found::date);
                Optional<String> named = key.startsWith("source") || key.startsWith("(source")
                        ? publisherNamed(line.substring(line.indexOf(':') + 1))
                        : Optional.empty();
                if (lineUrl.isPresent() || lineDate.isPresent() || named.isPresent()) {
                    // "Source: the ministry" names no original to unwrap: it stays
                    body.remove(m--);
                    found = true;
                    url = url != null ? url : lineUrl.orElse(null);
                    date = date != null ? date : lineDate.orElse(null);
                    publisher = publisher != null ? publisher : named.orElse(null);
                    continue;
                }
            }
            if (m < MAX_LEAD_PARAGRAPHS) {
                Optional<Attribution> attribution = attribution(line);
                if (attribution.isPresent()) {
                    body.remove(m--);
                    found = true;
                    date = date != null ? date : attribution.get().date().orElse(null);
                    publisher = publisher != null ? publisher
                            : attribution.get().publisher().orElse(null);
                    continue;
                }
                if (announcesText(key, words)) {
                    // what stands before "Following is the full text:" is the reposter's framing;
                    // a headline after it is the original's
                    body.subList(0, m + 1).clear();
                    m = -1;
                    found = true;
                    if (!body.isEmpty() && title == null && isHeadline(body.get(0))) {
                        title = Lines.collapse(body.remove(0));
                    }
                    Optional<LocalDate> dateLine = body.isEmpty() ? Optional.empty()
                            : PageDates.parse(body.get(0));
                    if (dateLine.isPresent()) {
                        body.remove(0); // "28 APRIL 2018" heading the reproduced text
                        date = date != null ? date : dateLine.get();
                    }
                }
            }
        }
        // a bare address closing the text: the original's ("https://pmtranscripts.../41775")
        for (int m = Math.max(0, body.size() - MAX_TRAILING_ADDRESS); m < body.size(); m++) {
            Optional<URI> bare = bareUrl(body.get(m), pageHost);
            if (bare.isPresent()) {
                body.remove(m--);
                found = true;
                url = url != null ? url : bare.get();
            }
        }
        if (found) {
            return Optional.of(new Repost(Optional.ofNullable(url), Optional.ofNullable(title),
                    Optional.ofNullable(date), Optional.ofNullable(publisher), body));
        }
        if (pageHost.flatMap(Publishers::forHost).isEmpty()) {
            for (Link link : publisherLinkSource.get()) {
                String host = link.href().getHost();
                if (host != null && Publishers.forHost(host).isPresent()
                        && !host.equalsIgnoreCase(pageHost.orElse("")) && isReleaseLink(link)) {
                    return Optional.of(new Repost(Optional.of(link.href()), Optional.empty(),
                            Optional.empty(), Optional.empty(), body));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether a line may be a mark, an origin line or an announcement: it opens as one
     * of them does (with the first character of a "View Online" line or of an origin's
     * opening) or ends with a colon.
     */
    private static boolean mayBeMark(String line) {
        int first = Lines.firstVisible(line);
        if (first < 0) {
            return false;
        }
        return MARK_OPENINGS.indexOf(Character.toLowerCase(line.charAt(first))) >= 0
                || line.charAt(Lines.lastVisible(line)) == ':';
    }

    private static String openings(Collection<String> marks, Collection<String> origins) {
        StringBuilder openings = new StringBuilder();
        for (Collection<String> lines : List.of(marks, origins)) {
            for (String line : lines) {
                String first = line.substring(0, 1);
                if (openings.indexOf(first) < 0) {
                    openings.append(first);
                }
            }
        }
        return openings.toString();
    }

    private static boolean isOrigin(String key, int words) {
        if (words > MAX_ORIGIN_WORDS) {
            return false;
        }
        for (String origin : ORIGIN) {
            if (key.startsWith(origin)) {
                return true;
            }
        }
        return false;
    }

    /** Who published the original, and when, as an attribution line says. */
    record Attribution(Optional<String> publisher, Optional<LocalDate> date) {}

    /**
     * Reads an attribution line: "The following Readout was published by the U.S. Department of
     * State on Nov. 29. It is reproduced in full below.", "The press release issued by the
     * Foreign Office on 23 September 2024." — a noun phrase ("The press release issued by"), or
     * a sentence about "the following" text, naming the publisher and the day, and nothing else
     * but that the text below reproduces it. A sentence of the statement itself ("The statement
     * was issued by the leaders on 5 May") is none. A day without its year gives no date.
     */
    static Optional<Attribution> attribution(String line) {
        String text = Lines.collapse(line);
        String key = text.toLowerCase(Locale.ROOT);
        if (!key.startsWith("the ") || text.length() > 400) {
            return Optional.empty();
        }
        int verb = -1;
        String by = null;
        for (String v : ATTRIBUTION_VERBS) {
            int at = key.indexOf(v);
            if (at > 0 && at < 80 && (verb < 0 || at < verb)) {
                verb = at;
                by = v;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        String subject = key.substring(4, verb);
        int subjectWords = Titles.words(subject);
        boolean sentence = subject.endsWith(" was") || subject.endsWith(" has been")
                || subject.endsWith(" is");
        if (subjectWords > 6 || sentence && !subject.startsWith("following ")) {
            return Optional.empty();
        }
        int from = verb + by.length();
        // the publisher runs to the " on " that a day follows
        for (int on = key.indexOf(" on ", from); on > from && on - from <= 160;
                on = key.indexOf(" on ", on + 1)) {
            String rest = text.substring(on + 4);
            int dayEnd = dayAt(rest);
            if (dayEnd < 0) {
                continue;
            }
            String after = rest.substring(dayEnd).strip();
            while (after.startsWith(".") || after.startsWith(",")) {
                after = after.substring(1).strip();
            }
            String afterKey = after.toLowerCase(Locale.ROOT);
            if (!after.isEmpty() && REPRODUCED.stream().noneMatch(afterKey::contains)) {
                return Optional.empty();
            }
            Optional<LocalDate> date = PageDates.find(rest.substring(0, dayEnd))
                    .filter(f -> f.start() == 0).map(PageDates.Found::date);
            return Optional.of(new Attribution(publisherNamed(text.substring(from, on)), date));
        }
        return Optional.empty();
    }

    /**
     * Returns where a day written at the start of {@code text} ends ("23 September 2024",
     * "Nov. 29", "March 4, 2024"), or -1 when the text does not open with one.
     */
    private static int dayAt(String text) {
        Optional<PageDates.Found> found = PageDates.find(text.substring(0,
                Math.min(text.length(), 48)));
        if (found.isPresent() && found.get().start() == 0) {
            return found.get().end();
        }
        // a month and a day without the year: "Nov. 29", "November 29th", "29 November"
        String[] words = text.split(" ", 4);
        if (words.length >= 2) {
            int day = dayNumber(words[1]);
            if (PageDates.month(stripDot(words[0])) > 0 && day > 0) {
                return words[0].length() + 1 + words[1].length();
            }
            if (dayNumber(words[0]) > 0 && PageDates.month(stripDot(words[1])) > 0) {
                return words[0].length() + 1 + words[1].length();
            }
        }
        return -1;
    }

    private static String stripDot(String word) {
        String w = word;
        while (!w.isEmpty() && !Character.isLetter(w.charAt(w.length() - 1))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static int dayNumber(String word) {
        int i = 0;
        int day = 0;
        while (i < word.length() && i < 2 && Character.isDigit(word.charAt(i))) {
            day = day * 10 + (word.charAt(i) - '0');
            i++;
        }
        if (i == 0) {
            return 0;
        }
        String rest = word.substring(i).toLowerCase(Locale.ROOT);
        if (rest.endsWith(".") || rest.endsWith(",")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        boolean suffix = rest.isEmpty() || ORDINALS.contains(rest);
        return suffix && day >= 1 && day <= 31 ? day : 0;
    }

    /** A headline: a short line, not a sentence nor an introduction. */
    private static boolean isHeadline(String paragraph) {
        String text = Lines.collapse(paragraph);
        int words = Titles.words(text);
        return words >= 2 && words <= MAX_ANNOUNCEMENT_WORDS && !Lines.endsSentence(text)
                && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * Returns whether a lead paragraph announces the reproduced text: "Following is the full
     * text of the joint communique:", "The joint press release is as follows:".
     */
    private static boolean announcesText(String key, int words) {
        if (!key.endsWith(":") || words > MAX_ANNOUNCEMENT_WORDS) {
            return false;
        }
        return key.contains("full text") || words <= 12
                && (key.endsWith(" is as follows:") || key.endsWith(" reads as follows:"))
                || key.startsWith("read the full ") && key.endsWith(" below:");
    }

    /**
     * Returns the institution a source line or an attribution names: one of the issuers' table
     * ("U.S Department of State, Bureau of ..." gives "U.S. Department of State"), or the name
     * as written up to its first comma when it reads as a name (capitalised, short); empty for
     * "the ministry".
     */
    public static Optional<String> publisherNamed(String text) {
        String name = Lines.collapse(text);
        for (String separator : List.of(",", " | ", " - ", " – ", " — ", ";", "(")) {
            int at = name.indexOf(separator);
            if (at > 0) {
                name = name.substring(0, at).strip();
            }
        }
        while (!name.isEmpty() && ".:)".indexOf(name.charAt(name.length() - 1)) >= 0) {
            name = name.substring(0, name.length() - 1).strip();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> known = Publishers.forName(name);
        if (known.isPresent()) {
            return known;
        }
        if (name.indexOf(' ') < 0 && name.indexOf('.') > 0) {
            Optional<String> host = Publishers.forHost(name); // "Source: nato.int"
            if (host.isPresent()) {
                return host;
            }
        }
        String bare = Lines.key(name).startsWith("the ") ? name.substring(4).strip() : name;
        if (bare.isEmpty() || !Character.isUpperCase(bare.codePointAt(0))
                || Titles.words(bare) > MAX_PUBLISHER_WORDS || urlWritten(bare).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(bare);
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

    /** A paragraph that is nothing but an absolute address, not of the page's own host. */
    private static Optional<URI> bareUrl(String paragraph, Optional<String> pageHost) {
        String text = Lines.collapse(paragraph);
        String key = text.toLowerCase(Locale.ROOT);
        if (!(key.startsWith("http://") || key.startsWith("https://")) || text.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        return urlWritten(text).filter(u -> u.getHost() != null
                && !u.getHost().equalsIgnoreCase(pageHost.orElse("")));
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
