package io.github.jointstatements.parsers.internal;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.ImmutablePage;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Collector;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page into a {@link Page}, the same way for every site; a {@link Template} says
 * what a site's markup adds (where its text, headline and date stand, what to leave out). What
 * no template says is found generically: the text by {@link ContentExtractor}'s scoring, the
 * headline and date from the page's metadata, its header and its datelines.
 *
 * <p>Thread-safe: no state.
 */
public final class HtmlPageReader {

    /** Paths of pages that list other pages: tags, categories, archives, searches, indexes. */
    private static final Pattern LISTING_PATH = Pattern.compile(
            "/(?:tag|tags|category|categories|label|search|topics?|archives?|author|page)/"
                    + "|[?&](?:page|paged|s|q)=",
            Pattern.CASE_INSENSITIVE);

    /** Fewest headline-like links in a page of links. */
    private static final int MIN_LISTING_LINKS = 4;

    /** Most prose a page of links holds (a listing's intro); more is a page with text. */
    private static final int MAX_LISTING_PROSE = 200;

    private HtmlPageReader() {}

    /**
     * What a site's markup says: where its text, headline and date stand, what to leave out of
     * the text, who publishes on it. Selectors are compiled once, when the template is built.
     */
    public static final class Template {
        /** An element of no page: a query started on it only resets an evaluator's memo. */
        private static final Element NO_PAGE = new Element("template");

        private final List<Evaluator> content;
        private final List<Evaluator> titles;
        private final List<Evaluator> dates;
        /** The class and id names each selector needs on the page: a page without them is spared it. */
        private final List<Needs> contentNeeds;
        private final List<Needs> titleNeeds;
        private final List<Needs> dateNeeds;
        private final Evaluator remove;
        /** The evaluators that may remember a page ({@link Needs#mayRemember}): those reset after it. */
        private final List<Evaluator> remembering;
        private final String publisher;
        private final boolean allRoots;

        private Template(Builder b) {
            this.content = List.copyOf(b.content);
            this.titles = List.copyOf(b.titles);
            this.dates = List.copyOf(b.dates);
            this.contentNeeds = List.copyOf(b.contentNeeds);
            this.titleNeeds = List.copyOf(b.titleNeeds);
            this.dateNeeds = List.copyOf(b.dateNeeds);
            this.remove = b.remove.isEmpty() ? null : QueryParser.parse(String.join(", ", b.remove));
            List<Evaluator> remembering = new ArrayList<>(b.remembering);
            if (b.remove.stream().anyMatch(Needs::mayRemember)) {
                remembering.add(remove);
            }
            this.remembering = List.copyOf(remembering);
            this.publisher = b.publisher;
            this.allRoots = b.allRoots;
        }

        /** Returns a builder of a template. */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Clears what jsoup's structural evaluators (descendant, child, {@code :has} ...)
         * remember of the page just read. They memoise their matches per thread and clear the
         * memo only when a query starts ({@link Collector#stream} resets the evaluator before it
         * matches anything); this reader matches element by element, so without a reset every
         * page it read stayed reachable from the shared template's evaluators for as long as
         * the thread lived (memory grew by about 200 kB a page until the heap ran out). Only the
         * evaluators that may remember are reset: starting a query costs a stream each.
         */
        void forgetPage() {
            for (Evaluator e : remembering) {
                Collector.stream(e, NO_PAGE);
            }
        }

        /**
         * Clears what the evaluators run on the page just read remember of it ({@link
         * #forgetPage()}): an evaluator never run on a page holds nothing of it, and starting a
         * query to reset one costs a stream, so those are left alone.
         */
        void forgetPage(Invoked invoked) {
            for (Evaluator e : remembering) {
                if (invoked.contains(e)) {
                    Collector.stream(e, NO_PAGE);
                }
            }
        }

        /** The generic template: nothing known of the site. */
        public static final Template GENERIC = builder().build();

        /** Builds a {@link Template}. */
        public static final class Builder {
            private final List<Evaluator> content = new ArrayList<>();
            private final List<Evaluator> titles = new ArrayList<>();
            private final List<Evaluator> dates = new ArrayList<>();
            private final List<Needs> contentNeeds = new ArrayList<>();
            private final List<Needs> titleNeeds = new ArrayList<>();
            private final List<Needs> dateNeeds = new ArrayList<>();
            private final List<String> remove = new ArrayList<>();
            private final List<Evaluator> remembering = new ArrayList<>();
            private String publisher;
            private boolean allRoots;

            private Builder() {}

            /** Adds selectors of the element holding the text, tried in order. */
            public Builder content(String... selectors) {
                for (String s : selectors) {
                    add(s, content, contentNeeds);
                }
                return this;
            }

            /** Reads every element the first matching content selector finds, not only the first. */
            public Builder allContentMatches() {
                this.allRoots = true;
                return this;
            }

            /** Adds selectors of the element holding the headline, tried in order. */
            public Builder title(String... selectors) {
                for (String s : selectors) {
                    add(s, titles, titleNeeds);
                }
                return this;
            }

            /** Adds selectors of the element holding the date, tried in order. */
            public Builder date(String... selectors) {
                for (String s : selectors) {
                    add(s, dates, dateNeeds);
                }
                return this;
            }

            private void add(String selector, List<Evaluator> evaluators, List<Needs> needs) {
                Evaluator evaluator = QueryParser.parse(selector);
                evaluators.add(evaluator);
                Needs needed = Needs.of(selector);
                needs.add(needed);
                // every page read afterwards indexes the elements of the classes it needs
                ClassNames.ask(needed.classes());
                if (Needs.mayRemember(selector)) {
                    remembering.add(evaluator);
                }
            }

            /** Adds selectors of elements left out of the text. */
            public Builder remove(String... selectors) {
                remove.addAll(List.of(selectors));
                return this;
            }

            /** Sets the institution that publishes on the site. */
            public Builder publisher(String publisher) {
                this.publisher = Objects.requireNonNull(publisher, "publisher");
                return this;
            }

            /** Returns the template. */
            public Template build() {
                return new Template(this);
            }
        }
    }

    /** What a parser may add to or change in what the reader found, before the page is built. */
    @FunctionalInterface
    public interface Adjuster {
        /** Adjusts the page being built; the reader's findings are already set on it. */
        void adjust(ImmutablePage.Builder page, Reading reading);
    }

    /** What the reader found, for parsers that adjust it. */
    public record Reading(Document document, HtmlMetadata metadata, List<Element> roots,
            List<String> paragraphs, boolean repost) {}

    /** Reads the page with a template. */
    public static Page read(PageInput input, String parserId, Template template) {
        return read(input, parserId, template, (page, reading) -> { });
    }

    /** Reads the page with a template and lets the parser adjust the result. */
    public static Page read(PageInput input, String parserId, Template template,
            Adjuster adjuster) {
        Invoked invoked = new Invoked();
        try {
            return readWith(input, parserId, template, adjuster, invoked);
        } finally {
            template.forgetPage(invoked);
        }
    }

    /**
     * The evaluators of a template run on one page, each once: only those may remember it
     * ({@link Template#forgetPage(Invoked)}). A template has a few; they are listed, not hashed.
     */
    static final class Invoked {
        private Evaluator[] evaluators = new Evaluator[8];
        private int size;

        /** Notes that an evaluator is run on the page. */
        void add(Evaluator evaluator) {
            if (contains(evaluator)) {
                return;
            }
            if (size == evaluators.length) {
                evaluators = Arrays.copyOf(evaluators, size * 2);
            }
            evaluators[size++] = evaluator;
        }

        /** Returns whether an evaluator has been run on the page. */
        boolean contains(Evaluator evaluator) {
            for (int i = 0; i < size; i++) {
                if (evaluators[i] == evaluator) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Page readWith(PageInput input, String parserId, Template template,
            Adjuster adjuster, Invoked invoked) {
        Document document = input.document();
        HtmlMetadata meta = HtmlMetadata.of(input);
        Optional<String> host = meta.host(input);
        Element body = document.body();

        // the text: the template's selectors, tested on the elements that show what they need
        Matches matches = Matches.find(document, template, meta, invoked);
        List<Element> roots = new ArrayList<>(matches.content);
        ContentExtractor.Measured measured;
        List<String> paragraphs;
        boolean listingFound = false;
        // the measures' maps made as large as the page at once
        int elements = meta.elements().size();
        if (roots.isEmpty()) {
            measured = ContentExtractor.measure(body, true, elements);
            if (linksWithoutProse(measured)) {
                // a page of headline links and no prose: a listing, read as its items
                listingFound = true;
                roots.add(measured.listingRoot());
                paragraphs = measured.listingParagraphs();
            } else {
                roots.addAll(ContentExtractor.roots(measured));
                paragraphs = read(document, measured, roots, template, invoked);
            }
            if (!listingFound && length(paragraphs) < 250) {
                ContentExtractor.Measured relaxed = ContentExtractor.measure(body, false,
                        elements);
                List<Element> relaxedRoots = ContentExtractor.roots(relaxed);
                List<String> more = read(document, relaxed, relaxedRoots, template, invoked);
                if (length(more) > length(paragraphs)) {
                    measured = relaxed;
                    roots = relaxedRoots;
                    paragraphs = more;
                }
            }
        } else {
            measured = ContentExtractor.measureFor(body, roots, elements);
            paragraphs = read(document, measured, roots, template, invoked);
        }

        // the headline, as the site marks it or the page declares it
        Optional<String> siteName = meta.siteName();
        Optional<String> title = markedTitle(matches).or(() -> genericTitle(meta, siteName));
        Set<String> titleForms = new LinkedHashSet<>();
        title.ifPresent(titleForms::add);
        meta.meta("og:title", "twitter:title").ifPresent(titleForms::add);
        meta.documentTitle().ifPresent(t -> {
            titleForms.add(t);
            titleForms.add(Titles.clean(t, siteName));
        });
        meta.jsonLd().headline().ifPresent(titleForms::add);
        if (!meta.h1s().isEmpty()) {
            titleForms.add(meta.h1s().get(0));
        }

        // a repost names its original; its marks leave the text
        List<Element> linkRoots = List.copyOf(roots);
        // a listing reproduces nothing; a site's own template is the original
        Optional<Reposts.Repost> repost = listingFound || template.publisher != null
                ? Optional.empty()
                : Reposts.unwrap(paragraphs, () -> links(linkRoots, false),
                        () -> links(linkRoots, true), host);
        if (repost.isPresent()) {
            paragraphs = repost.get().paragraphs();
            repost.get().title().ifPresent(titleForms::add);
        }
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(paragraphs, titleForms);
        paragraphs = cleaned.paragraphs();

        // the dates: the site's own mark, the declared date, the text's header or dateline
        Optional<LocalDate> marked = Optional.empty();
        for (Element e : matches.dates) {
            if (e != null) {
                marked = dateOf(e);
                if (marked.isPresent()) {
                    break;
                }
            }
        }
        Optional<LocalDate> pageDate = marked.or(meta::publishedDate);
        Optional<LocalDate> date = pageDate.or(cleaned::date)
                .or(() -> title.flatMap(HtmlPageReader::dateInTitle))
                .or(() -> urlPathDate(input, meta));
        Optional<LocalDate> publishedOn = pageDate.or(() -> urlPathDate(input, meta));

        Optional<URI> originalUrl = Optional.empty();
        Optional<String> publisher = Optional.ofNullable(template.publisher)
                .or(() -> host.flatMap(Publishers::forHost))
                .or(meta::publisher);
        Optional<String> finalTitle = title;
        if (repost.isPresent() && repost.get().publisher().isPresent()) {
            publisher = repost.get().publisher(); // "Source: U.S. Department of State"
        }
        if (repost.isPresent() && repost.get().namesOriginal()) {
            Reposts.Repost r = repost.get();
            originalUrl = r.originalUrl();
            if (r.title().isPresent()) {
                String blogTitle = title.map(HtmlPageReader::withoutTrailingDate).orElse("");
                finalTitle = r.title().map(t -> dropInsertions(blogTitle.isEmpty() ? t : blogTitle,
                        t));
            }
            Optional<LocalDate> released = r.date().or(cleaned::date);
            if (released.isPresent()) {
                date = released;
            }
            Optional<String> originalPublisher = originalUrl.map(URI::getHost)
                    .flatMap(Publishers::forHost);
            if (originalPublisher.isPresent()) {
                publisher = originalPublisher;
            }
        }

        Optional<String> language = language(meta, paragraphs);
        Optional<LocalDate> original = date;
        Optional<LocalDate> updated = meta.modifiedDate()
                .filter(u -> original.isEmpty() || u.isAfter(original.get()));

        boolean noStatement = listingFound || listing(input, meta, measured, paragraphs);
        if (noStatement && !listingFound && measured.linkItems() > 0) {
            // a listing's text is its items: read them, links and all
            List<String> items = BodyCleaner.clean(measured.listingParagraphs(), titleForms)
                    .paragraphs();
            if (length(items) > length(paragraphs)) {
                paragraphs = items;
            }
        }
        ImmutablePage.Builder page = Page.builder()
                .title(finalTitle)
                .date(date)
                .updated(updated)
                .location(cleaned.location())
                .publisher(publisher)
                .language(language)
                .noStatement(noStatement)
                .source(Source.builder()
                        .url(input.url())
                        .canonicalUrl(meta.canonicalUrl())
                        .originalUrl(originalUrl)
                        .siteName(siteName)
                        .publishedOn(publishedOn)
                        .parser(parserId)
                        .build())
                .addAllParagraphs(paragraphs);
        adjuster.adjust(page, new Reading(document, meta, List.copyOf(roots), paragraphs,
                repost.isPresent()));
        return page.build();
    }

    private static Optional<String> markedTitle(Matches matches) {
        for (Element e : matches.titles) {
            String title = e == null ? "" : Lines.collapse(e.text()); // the text read once
            if (!title.isEmpty()) {
                return Optional.of(title);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateInTitle(String title) {
        return PageDates.find(title).map(PageDates.Found::date);
    }

    private static List<String> read(Document document, ContentExtractor.Measured measured,
            List<Element> roots, Template template, Invoked invoked) {
        if (template.remove != null && !roots.isEmpty()) {
            invoked.add(template.remove);
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element root : roots) {
            paragraphs.addAll(HtmlText.paragraphs(root, e -> measured.skip(e, root)
                    || template.remove != null && template.remove.matches(document, e)));
        }
        return paragraphs;
    }

    /** Returns the headline a page declares: JSON-LD, an {@code h1} the title repeats, og:title, title. */
    static Optional<String> genericTitle(HtmlMetadata meta, Optional<String> siteName) {
        Optional<String> headline = meta.jsonLd().headline();
        if (headline.isPresent()) {
            return headline;
        }
        String declared = meta.meta("og:title", "twitter:title").or(meta::documentTitle)
                .orElse("");
        String declaredLetters = Titles.letters(declared);
        for (String h1 : meta.h1s()) {
            String letters = Titles.letters(h1);
            if (letters.length() >= 4 && declaredLetters.contains(letters)) {
                return Optional.of(h1);
            }
        }
        if (!declared.isEmpty()) {
            return Optional.of(Titles.clean(declared, siteName));
        }
        return meta.h1s().isEmpty() ? Optional.empty() : Optional.of(meta.h1s().get(0));
    }

    private static Optional<LocalDate> dateOf(Element e) {
        for (String attribute : new String[] {"datetime", "content", "title"}) {
            if (e.hasAttr(attribute)) {
                Optional<LocalDate> date = PageDates.parse(e.attr(attribute));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        String text = Lines.collapse(e.text());
        return PageDates.parse(text).or(() -> PageDates.find(text).map(PageDates.Found::date));
    }

    private static Optional<LocalDate> urlPathDate(PageInput input, HtmlMetadata meta) {
        Optional<URI> url = input.url().or(meta::canonicalUrl);
        return url.flatMap(u -> PageDates.fromUrlPath(u.getPath(), true));
    }

    private static Optional<String> language(HtmlMetadata meta, List<String> paragraphs) {
        Optional<String> declared = meta.language();
        Optional<String> detected = Languages.detect(paragraphs);
        if (detected.isPresent() && declared.isPresent() && !declared.equals(detected)) {
            return detected; // a template's language around a post in another one
        }
        return declared.or(() -> detected);
    }

    /**
     * A page of headline links and (almost) no prose: no paragraph of text and four links or
     * more, or a short intro and twice as many (a short readout beside a few related links
     * is not a listing).
     */
    private static boolean linksWithoutProse(ContentExtractor.Measured measured) {
        if (measured.moreProseThan(MAX_LISTING_PROSE)) {
            return false; // answered from a template's roots, when they hold that much
        }
        int prose = measured.proseChars();
        int links = measured.linkItems();
        return prose == 0 && links >= MIN_LISTING_LINKS
                || prose <= MAX_LISTING_PROSE && links >= 2 * MIN_LISTING_LINKS;
    }

    private static boolean listing(PageInput input, HtmlMetadata meta,
            ContentExtractor.Measured measured, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return true;
        }
        if (linksWithoutProse(measured)) {
            return true;
        }
        boolean listingPath = input.url().or(meta::canonicalUrl)
                .map(u -> (u.getRawPath() == null ? "" : u.getRawPath())
                        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()))
                .filter(p -> LISTING_PATH.matcher(p.toLowerCase(Locale.ROOT)).find())
                .isPresent();
        // the body's prose and links last: a template's page measures them only if asked
        return (listingPath || meta.jsonLd().listing())
                && measured.linkItems() >= 2 * MIN_LISTING_LINKS
                && measured.proseChars() < measured.linkItems() * 200;
    }

    /**
     * Returns the absolute links of the text: a repost's original is never a relative link. With
     * {@code publishersOnly}, those whose host may be a publisher's: an address whose host, read
     * from it as the URI parser reads a server's, is none is not parsed.
     */
    private static List<Reposts.Link> links(List<Element> roots, boolean publishersOnly) {
        List<Reposts.Link> links = new ArrayList<>();
        for (Element root : roots) {
            // the links in document order, as getElementsByTag("a") lists them, in one walk
            // without the stream and list it builds
            HtmlWalk.elements(root, a -> {
                if (a.normalName().equals("a")) {
                    String href = a.attr("href");
                    if (href.regionMatches(true, 0, "http", 0, 4)
                            && (!publishersOnly || Publishers.forHost(hostOf(href)).isPresent())) {
                        HtmlMetadata.uri(href).ifPresent(u -> links.add(
                                new Reposts.Link(Lines.collapse(a.text()), u)));
                    }
                }
            });
        }
        return links;
    }

    /**
     * Returns the host an absolute address names, as {@link URI#getHost()} has it when the
     * address parses with a server's authority: between the "//" and the first of "/?#", after
     * the first "@" and before the first ":" (a port), or an IPv6 address in its brackets. Empty
     * when there is no "//".
     */
    static String hostOf(String href) {
        String url = href.strip(); // as HtmlMetadata.uri parses it
        int slashes = url.indexOf("//");
        if (slashes < 0) {
            return "";
        }
        int end = slashes + 2;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(slashes + 2, end);
        String server = authority.substring(authority.indexOf('@') + 1);
        if (server.startsWith("[")) {
            return server.substring(0, server.indexOf(']') + 1); // an IPv6 address, "" if open
        }
        int colon = server.indexOf(':');
        return colon < 0 ? server : server.substring(0, colon);
    }

    /**
     * What an element must show for a selector to match it, read off the selector's last
     * compound: its tag, class names and ids (a comma list, or a compound with a pseudo-class
     * that takes an argument, needs nothing, as any branch or argument may match). A page
     * without the classes and ids is spared the selector; an element without them is spared
     * the selector's own, costlier test.
     *
     * @param tag the lower-case tag name, or {@code null} for any
     */
    record Needs(String tag, List<String> classes, List<String> ids, boolean itemProperty) {
        private static final Pattern NAME = Pattern.compile("([.#])([\\w-]{1,80})");
        /**
         * An attribute test that needs an {@code itemprop} attribute: present, or with a value
         * ({@code =}, {@code ~=}, {@code ^=}, {@code $=}, {@code *=}); not {@code !=}, which
         * matches its absence too.
         */
        private static final Pattern ITEM_PROPERTY = Pattern.compile(
                "\\[\\s*itemprop\\s*(?:[~^$*]?=[^]]*)?]", Pattern.CASE_INSENSITIVE);
        /** A compound read here: a tag or *, then classes, ids, pseudo-classes without argument. */
        private static final Pattern COMPOUND = Pattern.compile(
                "([a-zA-Z][a-zA-Z0-9-]{0,40}|\\*)?(?:[.#:][\\w-]{1,80})*");
        private static final Needs NOTHING = new Needs(null, List.of(), List.of(), false);

        static Needs of(String selector) {
            if (selector.indexOf(',') >= 0) {
                return NOTHING;
            }
            String last = selector.strip().replaceAll("\\[[^]]*]", "");
            int combinator = -1;
            for (char c : new char[] {' ', '>', '+', '~'}) {
                combinator = Math.max(combinator, last.lastIndexOf(c));
            }
            last = last.substring(combinator + 1);
            java.util.regex.Matcher compound = COMPOUND.matcher(last);
            if (!compound.matches()) {
                return NOTHING; // escapes, other scripts, pseudo-classes with arguments
            }
            List<String> classes = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            java.util.regex.Matcher m = NAME.matcher(last);
            while (m.find()) {
                (m.group(1).equals(".") ? classes : ids).add(m.group(2));
            }
            String tag = compound.group(1);
            // in a selector of one compound, any attribute test stands in the last one
            boolean itemProperty = !mayRemember(selector)
                    && ITEM_PROPERTY.matcher(selector).find();
            return new Needs(tag == null || tag.equals("*") ? null : tag.toLowerCase(Locale.ROOT),
                    List.copyOf(classes), List.copyOf(ids), itemProperty);
        }

        /**
         * Whether jsoup's evaluator of a selector may remember the elements it matched
         * ({@link Template#forgetPage}): any selector but one compound of a tag, class names,
         * ids, attribute tests and pseudo-classes without argument, which test the element
         * alone. Combinators, lists and pseudo-classes with an argument ({@code :has},
         * {@code :not}) may.
         */
        static boolean mayRemember(String selector) {
            return !COMPOUND.matcher(selector.strip().replaceAll("\\[[^]]*]", "")).matches();
        }

        /**
         * Returns whether the page shows every class and id the selector needs, and an item
         * property if it needs one. Asked of every selector of a template on every page: read
         * by index, without a stream per list or a copy of the item properties' list.
         */
        boolean metBy(HtmlMetadata meta) {
            for (int i = 0; i < classes.size(); i++) {
                if (!meta.hasClass(classes.get(i))) {
                    return false;
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                if (!meta.hasId(ids.get(i))) {
                    return false;
                }
            }
            return !itemProperty || meta.elements().hasItemProperty();
        }

        /**
         * Returns whether an element shows what the selector needs, as jsoup's own tests read
         * it: the tag name, each class among the element's class attribute (split on white
         * space, any case), each id.
         */
        boolean admits(Element e) {
            if (tag != null && !tag.equals(e.normalName())) {
                return false;
            }
            // read by its exact name, as jsoup's HTML parser keeps it (lower-case)
            Attributes attributes = classes.isEmpty() ? null : ContentExtractor.attributesOf(e);
            String classAttribute = attributes == null ? "" : attributes.get("class");
            for (int i = 0; i < classes.size(); i++) {
                if (!hasClassToken(classAttribute, classes.get(i))) {
                    return false;
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                if (!ids.get(i).equals(e.id())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Returns whether {@code name} (a class name: no white space) is one of the white-space
         * separated tokens, in any case. Read token by token: only a token of the name's length
         * is compared with it.
         */
        static boolean hasClassToken(String attribute, String name) {
            int length = name.length();
            int end = attribute.length();
            int i = 0;
            while (i < end) {
                while (i < end && Character.isWhitespace(attribute.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < end && !Character.isWhitespace(attribute.charAt(i))) {
                    i++;
                }
                if (i - start == length && attribute.regionMatches(true, start, name, 0, length)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The elements a template's selectors match. A selector is tested only on the elements that
     * carry the first class or id it needs, as the page's metadata indexed them
     * ({@link PageElements}), else on the elements of its tag; each of those is first tested
     * against what the selector needs of it ({@link Needs#admits}), which costs less than the
     * selector's own test. Selectors are tried in order, and one that matched ends the search of
     * those after it: they may only match before it in the document.
     */
    static final class Matches {
        /** The elements the first content selector that matches anything matches. */
        final List<Element> content;
        /** By selector, the first element it matches before every earlier selector's; or null. */
        final Element[] titles;
        final Element[] dates;
        private final Document document;
        private final HtmlMetadata meta;
        private final PageElements elements;

        /** The template's evaluators run on the page. */
        private final Invoked invoked;

        private Matches(Document document, Template template, HtmlMetadata meta,
                Invoked invoked) {
            this.invoked = invoked;
            this.document = document;
            this.meta = meta;
            this.elements = meta.elements();
            this.content = roots(template);
            this.titles = firsts(template.titles, template.titleNeeds);
            this.dates = firsts(template.dates, template.dateNeeds);
        }

        static Matches find(Document document, Template template, HtmlMetadata meta) {
            return find(document, template, meta, new Invoked());
        }

        /** Finds the matches, noting in {@code invoked} the evaluators run. */
        static Matches find(Document document, Template template, HtmlMetadata meta,
                Invoked invoked) {
            return new Matches(document, template, meta, invoked);
        }

        /**
         * The roots of the text: the elements the first content selector that matches anything
         * matches, all of them with {@link Template#allRoots} (none inside the one found before
         * it), else the first.
         */
        private List<Element> roots(Template template) {
            for (int i = 0; i < template.content.size(); i++) {
                Needs needs = template.contentNeeds.get(i);
                if (!needs.metBy(meta)) {
                    continue; // a class or id the page never uses: it cannot match
                }
                List<Element> found = new ArrayList<>();
                Evaluator selector = template.content.get(i);
                int[] candidates = candidates(needs);
                int count = candidates == null ? elements.size() : candidates.length;
                for (int k = 0; k < count; k++) {
                    Element e = elements.get(candidates == null ? k : candidates[k]);
                    if (matches(needs, selector, e)
                            && (found.isEmpty() || !isInside(e, found.get(found.size() - 1)))) {
                        found.add(e);
                        if (!template.allRoots) {
                            break;
                        }
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return List.of();
        }

        /**
         * By selector, the first element it matches that stands before the match of every
         * selector before it; null for a selector with none.
         */
        private Element[] firsts(List<Evaluator> selectors, List<Needs> needs) {
            Element[] firsts = new Element[selectors.size()];
            int bound = elements.size(); // the number of the earliest match so far
            for (int i = 0; i < firsts.length; i++) {
                if (!needs.get(i).metBy(meta)) {
                    continue;
                }
                int[] candidates = candidates(needs.get(i));
                int count = candidates == null ? elements.size() : candidates.length;
                for (int k = 0; k < count; k++) {
                    int number = candidates == null ? k : candidates[k];
                    if (number >= bound) {
                        break;
                    }
                    Element e = elements.get(number);
                    if (matches(needs.get(i), selectors.get(i), e)) {
                        firsts[i] = e;
                        bound = number;
                        break;
                    }
                }
            }
            return firsts;
        }

        /**
         * The numbers of the elements a selector may match, in document order: those that carry
         * the first class or the first id it needs, else the item property; {@code null} for all.
         */
        private int[] candidates(Needs needs) {
            if (!needs.classes().isEmpty()) {
                int[] withClass = elements.withClass(needs.classes().get(0));
                if (withClass != null) {
                    return withClass;
                }
            }
            if (!needs.ids().isEmpty()) {
                return elements.withId(needs.ids().get(0));
            }
            return needs.itemProperty() ? elements.withItemProperty() : null;
        }

        private boolean matches(Needs needs, Evaluator selector, Element e) {
            if (!needs.admits(e)) {
                return false;
            }
            invoked.add(selector);
            return selector.matches(document, e);
        }

        private static boolean isInside(Element e, Element ancestor) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (p == ancestor) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Removes from a blog's title the parenthesised words it inserted into the original's
     * headline ({@link Titles#withoutInsertions}), and gives the original's headline when what is
     * left no longer starts with it.
     */
    private static String dropInsertions(String title, String original) {
        String result = Titles.withoutInsertions(title, original);
        // the blog's title is the original's only if it still says the same thing; a bulletin
        // may cut the original's headline short, so the blog's may go on past it
        String letters = Titles.letters(original);
        return !letters.isEmpty() && Titles.letters(result).startsWith(letters) ? result : original;
    }

    /** "Headline JAN. 31, 2023" → "Headline": a blog's title that ends with the release's date. */
    static String withoutTrailingDate(String title) {
        Optional<PageDates.Found> end = PageDates.findAtEnd(title);
        if (end.isEmpty() || end.get().start() == 0) {
            return title;
        }
        String head = title.substring(0, end.get().start()).strip();
        while (!head.isEmpty() && ",-–—|:(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head.isEmpty() ? title : head;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
