package io.github.jointstatements.parsers.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDate;
import io.github.jointstatements.parsers.PageInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a page declares in its markup, gathered in one walk over the document: meta tags
 * (Open Graph, {@code article:*}, Dublin Core, {@code itemprop}), the canonical link, the
 * {@code <title>}, the {@code lang} attribute, JSON-LD, {@code <time datetime>} and
 * {@code itemprop="datePublished"} elements, the generator; and the page's elements, indexed
 * by class name and id ({@link PageElements}) for the fit tests and a template's selectors.
 *
 * <p>Immutable and thread-safe once read.
 */
public final class HtmlMetadata {

    /** Meta names that carry the original publication date, best first. */
    private static final List<String> PUBLISHED = List.of("article:published_time",
            "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created", "publication_date", "publish-date",
            "publishdate", "pubdate", "parsely-pub-date", "sailthru.date", "article.published",
            "dc.date", "dcterms.date", "date", "og:article:published_time",
            "govuk:first-published-at");

    /** Meta names that carry the date of the last change. */
    private static final List<String> MODIFIED = List.of("article:modified_time",
            "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
            "article.updated", "govuk:public-updated-at");

    /** Blog platforms that name themselves publisher in their pages' JSON-LD: not the issuer. */
    private static final Set<String> PLATFORMS = Set.of("blogger", "wordpress", "wordpress.com",
            "medium", "tumblr", "substack");

    private final Map<String, String> metas;
    private final String title;
    private final String canonical;
    private final String lang;
    private final JsonLd jsonLd;
    private final List<String> timeDates;
    private final List<String> h1s;
    private final PageElements elements;
    private final boolean wordpressApi;
    /** The canonical or Open Graph address, parsed once: every fit test asks for its host. */
    private final Optional<URI> canonicalUrl;
    /** The lower-case host of {@link #canonicalUrl}, found once for the same reason. */
    private final Optional<String> canonicalHost;

    private HtmlMetadata(Map<String, String> metas, String title, String canonical, String lang,
            JsonLd jsonLd, List<String> timeDates, List<String> h1s, PageElements elements,
            boolean wordpressApi) {
        this.wordpressApi = wordpressApi;
        this.elements = elements;
        this.metas = metas;
        this.title = title;
        this.canonical = canonical;
        this.lang = lang;
        this.jsonLd = jsonLd;
        this.timeDates = timeDates;
        this.h1s = h1s;
        this.canonicalUrl = uri(canonical).or(() -> meta("og:url").flatMap(HtmlMetadata::uri));
        this.canonicalHost = canonicalUrl.map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT));
    }

    /** Returns the metadata of an HTML input, read once per input and shared by every parser. */
    public static HtmlMetadata of(PageInput input) {
        return input.memo(HtmlMetadata.class, i -> read(i.document()));
    }

    /** Reads the metadata of a document in one walk. */
    public static HtmlMetadata read(Document document) {
        Gatherer gatherer = new Gatherer();
        HtmlWalk.elements(document, gatherer);
        return new HtmlMetadata(gatherer.metas,
                gatherer.title == null ? "" : gatherer.title, gatherer.canonical, gatherer.lang,
                JsonLd.read(gatherer.jsonLd), List.copyOf(gatherer.times),
                List.copyOf(gatherer.h1s), gatherer.elements, gatherer.wordpressApi);
    }

    /** What the walk over a document gathers, element by element. */
    private static final class Gatherer implements Consumer<Element> {
        final PageElements elements = new PageElements();
        final Map<String, String> metas = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        final List<String> times = new ArrayList<>();
        final List<String> h1s = new ArrayList<>();
        String canonical;
        String lang;
        String title;
        boolean wordpressApi;

        @Override
        public void accept(Element e) {
            // read by their exact names, as jsoup's HTML parser keeps them (lower-case), and
            // not at all on an element without attributes
            int count = e.attributesSize();
            Attributes attributes = count == 0 ? null : e.attributes();
            // an element whose attributes are its class and id alone has no itemprop to read
            boolean itemProperty = false;
            if (attributes == null) {
                elements.add(e, "", "", false);
            } else {
                String cls = attributes.get("class");
                String id = attributes.get("id");
                boolean more = count > (cls.isEmpty() ? 0 : 1) + (id.isEmpty() ? 0 : 1);
                itemProperty = more && attributes.hasKey("itemprop");
                elements.add(e, cls, id, itemProperty);
            }
            switch (e.normalName()) {
                case "title" -> {
                    // the first <title> outside SVG, even where a broken page put it in the body
                    if (title == null && !insideSvg(e)) {
                        title = Lines.collapse(e.text());
                    }
                }
                case "html" -> lang = lang == null && e.hasAttr("lang") ? e.attr("lang") : lang;
                case "meta" -> {
                    // some templates write value= where content= belongs
                    String content = Lines.collapse(e.hasAttr("content") ? e.attr("content")
                            : e.attr("value"));
                    if (!content.isEmpty()) {
                        for (String key : new String[] {"property", "name", "itemprop",
                                "http-equiv"}) {
                            String name = e.attr(key).strip().toLowerCase(Locale.ROOT);
                            if (!name.isEmpty()) {
                                metas.putIfAbsent(name, content);
                            }
                        }
                    }
                }
                case "link" -> {
                    if (e.attr("rel").equals("https://api.w.org/")) {
                        wordpressApi = true;
                    }
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")
                            && e.hasAttr("href")) {
                        String absolute = absoluteHref(e);
                        canonical = absolute.isEmpty() ? e.attr("href") : absolute;
                    }
                }
                case "script" -> {
                    if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(e.data());
                    }
                }
                case "time" -> {
                    if (e.hasAttr("datetime") && times.size() < 8) {
                        times.add(e.attr("datetime"));
                    }
                }
                case "h1" -> {
                    if (h1s.size() < 4) {
                        String text = Lines.collapse(e.text());
                        if (!text.isEmpty()) {
                            h1s.add(text);
                        }
                    }
                }
                default -> {
                    // abbr class="published" title="2020-04-28T21:11:00+02:00" (Blogger, hAtom),
                    // <span itemprop="datePublished" content="...">
                    if (attributes != null && times.size() < 8
                            && (e.normalName().equals("abbr") && e.hasClass("published")
                            || itemProperty && attributes.get("itemprop")
                                    .equalsIgnoreCase("datePublished"))) {
                        String value = e.hasAttr("content") ? e.attr("content")
                                : e.hasAttr("title") ? e.attr("title") : e.text();
                        times.add(0, value);
                    }
                }
            }
        }
    }

    /**
     * Returns {@code link.absUrl("href")}, without its cost on a page read with no base address
     * (a file, a string): jsoup then first tries the empty base as a URL, which throws and
     * catches an exception (its stack trace filled in) before it reads the address on its own,
     * as {@code new URL(href)} with its control characters removed. An address with no control
     * character is read so here; any other, or one that URL refuses, is left to jsoup.
     */
    static String absoluteHref(Element link) {
        String href = link.attr("href");
        if (link.baseUri().isEmpty() && !href.isEmpty() && hasNoControlCharacter(href)) {
            try {
                return new URL(href).toExternalForm(); // as jsoup's resolution reads it
            } catch (MalformedURLException e) {
                // a relative address, or a scheme URL has no handler for: jsoup's own answer
            }
        }
        return link.absUrl("href");
    }

    /** Whether a text holds no C0 control character, which jsoup removes from an address. */
    private static boolean hasNoControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < ' ') {
                return false;
            }
        }
        return true;
    }

    /** Returns whether an element stands inside an SVG image (whose titles name its shapes). */
    private static boolean insideSvg(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("svg")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether some element of the page has the class {@code name}, compared exactly: a
     * cheap fit test for a name declared with {@link #indexedClass} (or needed by a template's
     * selector) before the page was read, answered from the page's index; any other name is
     * answered by reading every class attribute of the page.
     */
    public boolean hasClass(String name) {
        return elements.hasClass(name);
    }

    /**
     * Declares a class name that fit tests ask pages about ({@link #hasClass}): the metadata of
     * every page read afterwards indexes the elements that carry it. Meant for a parser's
     * constants, set up once with its class. Thread-safe.
     *
     * @return the name
     */
    public static String indexedClass(String name) {
        ClassNames.ask(List.of(name));
        return name;
    }

    /** Returns the page's elements in document order, indexed by class name and id. */
    PageElements elements() {
        return elements;
    }

    /** Returns whether the page links the WordPress REST API ({@code rel="https://api.w.org/"}). */
    public boolean hasWordPressApi() {
        return wordpressApi;
    }

    /** Returns whether some element of the page has the id {@code id}: a cheap fit test. */
    public boolean hasId(String id) {
        return elements.hasId(id);
    }

    /**
     * Returns the host of the page: the address it was read from, else the canonical or Open
     * Graph address it declares (a saved page keeps its own address there).
     */
    public Optional<String> host(PageInput input) {
        Optional<String> host = input.host();
        return host.isPresent() ? host : canonicalHost;
    }

    /** Returns the content of the first meta tag with one of the given names (any case). */
    public Optional<String> meta(String... names) {
        for (String name : names) {
            String value = metas.get(name.toLowerCase(Locale.ROOT));
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Returns the page's JSON-LD. */
    public JsonLd jsonLd() {
        return jsonLd;
    }

    /** Returns the text of the {@code <title>} element, if any. */
    public Optional<String> documentTitle() {
        return Optional.of(title).filter(t -> !t.isEmpty());
    }

    /** Returns the texts of the page's first {@code <h1>} elements. */
    public List<String> h1s() {
        return h1s;
    }

    /** Returns the generator the page declares ("Blogger", "WordPress 6.4.2"). */
    public Optional<String> generator() {
        return meta("generator");
    }

    /** Returns the title the page declares: JSON-LD headline, Open Graph, Twitter, {@code <title>}. */
    public Optional<String> declaredTitle() {
        return jsonLd.headline().or(() -> meta("og:title", "twitter:title", "dc.title"))
                .or(this::documentTitle);
    }

    /** Returns the original publication date the page declares. */
    public Optional<LocalDate> publishedDate() {
        Optional<LocalDate> date = jsonLd.datePublished().flatMap(PageDates::parse);
        for (int i = 0; date.isEmpty() && i < PUBLISHED.size(); i++) {
            date = meta(PUBLISHED.get(i)).flatMap(PageDates::parse);
        }
        for (int i = 0; date.isEmpty() && i < timeDates.size(); i++) {
            date = PageDates.parse(timeDates.get(i));
        }
        return date;
    }

    /** Returns the date of the page's last change, when it declares one. */
    public Optional<LocalDate> modifiedDate() {
        Optional<LocalDate> date = jsonLd.dateModified().flatMap(PageDates::parse);
        for (int i = 0; date.isEmpty() && i < MODIFIED.size(); i++) {
            date = meta(MODIFIED.get(i)).flatMap(PageDates::parse);
        }
        return date;
    }

    /** Returns the canonical URL the page declares, else its Open Graph URL. */
    public Optional<URI> canonicalUrl() {
        return canonicalUrl;
    }

    /** Returns the site's name: Open Graph, else the application name. */
    public Optional<String> siteName() {
        return meta("og:site_name", "application-name");
    }

    /** Returns the publisher the page names: JSON-LD, else the {@code publisher} meta tags. */
    public Optional<String> publisher() {
        return jsonLd.publisher().or(() -> meta("article:publisher", "dc.publisher",
                "dcterms.publisher")).filter(p -> !p.startsWith("http"))
                .filter(p -> !PLATFORMS.contains(p.toLowerCase(Locale.ROOT)));
    }

    /** Returns the primary language subtag the page declares ("en" for "en-US"). */
    public Optional<String> language() {
        Optional<String> declared = primary(lang);
        if (declared.isPresent()) {
            return declared;
        }
        return meta("content-language", "og:locale", "dc.language", "language")
                .or(jsonLd::language).flatMap(HtmlMetadata::primary);
    }

    private static Optional<String> primary(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String lang = tag.strip().replace('_', '-');
        int comma = lang.indexOf(',');
        if (comma > 0) {
            lang = lang.substring(0, comma).strip();
        }
        int dash = lang.indexOf('-');
        String primary = (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3
                && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')
                ? Optional.of(primary) : Optional.empty();
    }

    /** Parses an absolute http(s) URI, or returns empty. */
    public static Optional<URI> uri(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
