package io.github.jointstatements.parsers.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main content of a page by scoring, in the spirit of Mozilla Readability and
 * trafilatura: one walk over the tree measures each element (visible text, text inside links,
 * commas, words), every paragraph of real text adds to the score of its parent and, less, of its
 * grandparents; class and id names that mean content or boilerplate weigh in; the best
 * element's score is discounted by its link density; siblings that read like more of the same
 * text join it. The paragraphs are then read from the chosen elements with navigation, link
 * lists, share bars, comments, hidden elements and the like left out.
 *
 * <p>Thread-safe: it holds no state; each call works on its own measurements.
 */
public final class ContentExtractor {

    /** Class or id names of blocks that are not content: Readability's "unlikely candidates". */
    private static final Keywords UNLIKELY = keywords(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra"
                    + "|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox"
                    + "|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
                    + "|pagination|pager|popup|yom-remote|share|sharing|cookie|newsletter"
                    + "|subscribe|navbar|navigation|skip-link|site-nav|top-bar|toolbar|widget"
                    + "|print-|signup|masthead|byline|post-footer|post-meta|entry-meta|tags"
                    + "|author-bio|read-more|more-stories|recommend");

    /** Names that rescue an unlikely-looking block: it may well hold the content. */
    private static final Keywords MAYBE = keywords(
            "and|article|body|column|content|main|shadow|post-body|entry|story|text");

    private static final Keywords POSITIVE = keywords(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|release"
                    + "|statement|field-item|rich-text|prose");

    /** Names that mean boilerplate; and the word "hid" alone ({@link #hasHidWord}). */
    private static final Keywords NEGATIVE = keywords(
            "-ad-|hidden|banner|combx|comment|com-|contact|foot"
                    + "|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share"
                    + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu"
                    + "|breadcrumb|social|subscribe|newsletter|teaser|card|listing|pager");

    /** ARIA roles of blocks that are never content. */
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary",
            "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");

    /** Elements never read at all. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
            "iframe", "object", "embed", "svg", "canvas", "select", "button", "input", "textarea",
            "option", "head", "title", "meta", "link", "nav", "aside", "footer", "dialog", "menu");

    /** Elements that hold a paragraph of text. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd",
            "li", "h2", "h3", "h4");

    /** Elements that start a new block (the rest are inline). */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote",
            "body", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "caption");

    /** Block containers dropped from the text when they are mostly links (link lists, menus). */
    private static final Set<String> LINK_LIST_CONTAINERS = Set.of("ul", "ol", "dl", "div",
            "section", "table", "tbody", "center", "header");

    /** Blocks dropped when they are nothing but a few words of links ("MP4 MP3", "Read more"). */
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "li", "h2", "h3", "h4", "h5",
            "h6", "dd", "dt");

    /** A text block of links alone is dropped when it has fewer words than this. */
    private static final int MAX_LINK_ONLY_WORDS = 5;

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** What an element is, as bits of one int looked up once per element (see {@link #kind}). */
    private static final int SKIPPED_KIND = 1;
    private static final int PARAGRAPH_KIND = 2;
    private static final int BLOCK_KIND = 4;
    private static final int LINK_LIST_KIND = 8;
    private static final int TEXT_BLOCK_KIND = 16;
    private static final int HEADING_KIND = 32;

    /** The kinds of the tags the sets above name: one look-up per element, not one per set. */
    private static final Map<String, Integer> KINDS = kinds();

    /** The elements a measure's maps make room for when the page's number is not told. */
    private static final int SOME_ELEMENTS = 256;

    /** The least text a paragraph needs to count in the scoring. */
    private static final int MIN_PARAGRAPH = 25;

    /** The least text a result needs before the unlikely-name filter is trusted. */
    private static final int MIN_RESULT = 250;

    private ContentExtractor() {}

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new HashMap<>();
        addKind(kinds, SKIPPED, SKIPPED_KIND);
        addKind(kinds, PARAGRAPHS, PARAGRAPH_KIND);
        addKind(kinds, BLOCKS, BLOCK_KIND);
        addKind(kinds, LINK_LIST_CONTAINERS, LINK_LIST_KIND);
        addKind(kinds, TEXT_BLOCKS, TEXT_BLOCK_KIND);
        addKind(kinds, HEADINGS, HEADING_KIND);
        return Map.copyOf(kinds);
    }

    private static void addKind(Map<String, Integer> kinds, Set<String> tags, int kind) {
        for (String tag : tags) {
            kinds.merge(tag, kind, (a, b) -> a | b);
        }
    }

    /** Returns the kind bits of a tag name, 0 for a tag of no set (an inline element). */
    private static int kind(String tag) {
        Integer kind = KINDS.get(tag);
        return kind == null ? 0 : kind;
    }

    private static boolean is(int kind, int bit) {
        return (kind & bit) != 0;
    }

    /** Measurements of one element's subtree. */
    static final class Stats {
        /** The element measured; {@code null} for the empty measurements of one never measured. */
        final Element element;
        /** The element's kind bits ({@link #kind}), 0 for the empty measurements. */
        final int kind;
        int chars;
        int words;
        /** The last visible characters of the subtree's text, to tell whether it ends a sentence. */
        String tail = "";
        int linkChars;
        int inlineChars;
        int commas;
        int proseChars;
        int linkItems;
        double score;
        boolean candidate;

        Stats() {
            this(null, 0);
        }

        Stats(Element element, int kind) {
            this.element = element;
            this.kind = kind;
        }
    }

    /** The measurements of an element never measured: all zero; never changed. */
    private static final Stats NOT_MEASURED = new Stats();

    /** What a page holds: the chosen content elements and the measurements of the page. */
    public static final class Measured {
        private final Measuring measuring;
        private final Map<Element, Stats> stats;
        /** The measured elements' stats in document order: a tie in score goes to the first. */
        private final List<Stats> inOrder;
        private final Element body;
        private final boolean strict;
        private final Names names = new Names();
        /**
         * The roots a template named, measured alone ({@link #measureFor}); empty when the whole
         * body was measured, candidates scored.
         */
        private final List<Element> roots;
        /** Whether the whole body has been measured. */
        private boolean whole;
        /** The listing's root, found when first asked for. */
        private Element listingRoot;

        private Measured(Measuring measuring, Element body, boolean strict, List<Element> roots) {
            this.measuring = measuring;
            this.stats = measuring.stats;
            this.inOrder = measuring.inOrder;
            this.body = body;
            this.strict = strict;
            this.roots = roots;
            this.whole = roots.isEmpty();
        }

        /**
         * Returns these measurements with the whole body's: a measure of the roots alone goes
         * on over the rest of the body, once, the roots' measurements taken as they are.
         */
        private Measured whole() {
            if (!whole) {
                whole = true;
                measuring.measureAround(roots);
            }
            return this;
        }

        /**
         * Returns whether the body holds more than {@code chars} characters of prose, answered
         * from the roots' prose when that is enough (the body's holds theirs).
         */
        public boolean moreProseThan(int chars) {
            if (!whole) {
                int prose = 0;
                for (Element root : roots) {
                    prose += of(root).proseChars;
                }
                if (prose > chars) {
                    return true;
                }
            }
            return proseChars() > chars;
        }

        Stats of(Element e) {
            Stats s = stats.get(e);
            return s == null ? NOT_MEASURED : s;
        }

        /** Returns the visible text length of an element, as measured. */
        public int chars(Element e) {
            return of(e).chars;
        }

        /** Returns the share of an element's text that stands inside links. */
        public double linkDensity(Element e) {
            Stats s = of(e);
            return s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
        }

        /** Returns the length of the prose paragraphs (sentences, few links) under the body. */
        public int proseChars() {
            return whole().measuring.bodyStats().proseChars;
        }

        /** Returns the number of headline-like links (four words or more) under the body. */
        public int linkItems() {
            return whole().measuring.bodyStats().linkItems;
        }

        /**
         * Returns the element that holds a listing: the deepest one under the body that still
         * holds most of the page's headline links.
         */
        public Element listingRoot() {
            if (listingRoot == null) {
                whole(); // it may stand outside the roots
                int total = linkItems();
                Element current = body;
                for (Element next = body; next != null; ) {
                    current = next;
                    next = null;
                    // the children read in place, without the list children() makes of them
                    for (int i = 0; i < current.childNodeSize() && next == null; i++) {
                        if (current.childNode(i) instanceof Element child
                                && of(child).linkItems * 10 >= total * 8) {
                            next = child;
                        }
                    }
                }
                listingRoot = current;
            }
            return listingRoot;
        }

        /** Returns the paragraphs of a listing: its items, links and all, without the chrome. */
        public List<String> listingParagraphs() {
            Element root = listingRoot();
            return HtmlText.paragraphs(root, e -> e != root && leftOutOfListing(e));
        }

        /**
         * Whether an element under a listing's root is left out of its items: one the measure
         * left out (with what it held) by its tag, hidden or by its names. One it measured is
         * neither skipped by its tag nor hidden, as the measure leaves those out (every element
         * it measured but the body, which stands above any listing's root), nor, when strict,
         * unlikely: only its names are left to test, and only when not strict.
         */
        private boolean leftOutOfListing(Element e) {
            if (stats.get(e) == null) {
                return leftOutByTagOrName(e);
            }
            return !strict && names.unlikely(e.normalName(), attributesOf(e));
        }

        /**
         * Whether an element is left out of a listing: skipped by its tag, hidden or unlikely by
         * its names. None that the strict measure measured is: it skipped them all (so only those
         * it did not measure are tested).
         */
        private boolean leftOutByTagOrName(Element e) {
            String tag = e.normalName();
            Attributes attributes = attributesOf(e);
            return is(kind(tag), SKIPPED_KIND) || hidden(attributes)
                    || names.unlikely(tag, attributes);
        }

        /** Returns whether an element is left out of the text: boilerplate by name, role or links. */
        public boolean skip(Element e, Element root) {
            if (e == root) {
                return false;
            }
            Stats s = stats.get(e);
            if (s == null || e == body) {
                return skipUnmeasured(e, root);
            }
            // measured: neither skipped by its tag nor hidden, nor (when strict) unlikely
            return skipMeasured(s, e, root);
        }

        /** Whether an element the measure left out (with what it held) is left out of the text. */
        private boolean skipUnmeasured(Element e, Element root) {
            String tag = e.normalName();
            Attributes attributes = attributesOf(e);
            if (is(kind(tag), SKIPPED_KIND) || hidden(attributes)) {
                return true;
            }
            if (tag.equals("header") || tag.equals("form")) {
                return true;
            }
            if (strict && names.unlikely(tag, attributes) && chars(e) * 2 < chars(root)) {
                return true;
            }
            Stats s = of(e);
            return s.chars > 0 && skipMeasured(s, e, root);
        }

        /** Whether a measured element is left out: a header, a form, links without text. */
        private boolean skipMeasured(Stats s, Element e, Element root) {
            String tag = e.normalName();
            if (tag.equals("header") || tag.equals("form")) {
                return true;
            }
            if (is(s.kind, LINK_LIST_KIND)) {
                if (s.chars > 0 && (double) s.linkChars / s.chars > 0.6
                        && (s.chars < 2000 || s.proseChars == 0)) {
                    return !isRepostMark(s, e);
                }
            }
            if (is(s.kind, TEXT_BLOCK_KIND)) {
                if (s.chars > 0 && s.linkChars * 20 >= s.chars * 19
                        && s.words < MAX_LINK_ONLY_WORDS) {
                    return !isRepostMark(s, e);
                }
            }
            return introducesOnlyDroppedLinks(s, e, root);
        }

        /**
         * A label ("Related articles", "For more recipes") whose text introduces a list of links
         * that is left out, with nothing after it: an orphan, left out with its list.
         */
        private boolean introducesOnlyDroppedLinks(Stats s, Element e, Element root) {
            if (s.chars == 0 || s.chars > 80 || s.words > 12 || Lines.endsSentence(s.tail)
                    || !is(s.kind, HEADING_KIND | BLOCK_KIND)) {
                return false;
            }
            Element next = e.nextElementSibling();
            if (next == null || !isLinkList(next)) {
                return false;
            }
            for (Element after = next.nextElementSibling(); after != null;
                    after = after.nextElementSibling()) {
                if (of(after).chars > 0 && !isLinkList(after)) {
                    return false;
                }
            }
            return e.parent() != null && e != root;
        }

        private boolean isLinkList(Element e) {
            Stats s = of(e);
            return LINK_LIST_CONTAINERS.contains(e.normalName()) && s.chars > 0
                    && (double) s.linkChars / s.chars > 0.6;
        }

    }

    /** A short block of links that marks a repost ("View Online") stays for the repost's reader. */
    private static boolean isRepostMark(Stats s, Element e) {
        return s.chars <= 80 && Reposts.isMark(e.text());
    }

    /** Measures the page under {@code body}, leaving out what the unlikely-name filter names. */
    public static Measured measure(Element body) {
        return measure(body, true);
    }

    static Measured measure(Element body, boolean strict) {
        return measure(body, strict, SOME_ELEMENTS);
    }

    /**
     * Measures the page under {@code body}.
     *
     * @param elements how many elements the measure may meet (the page's number of elements):
     *     its maps are made that large at once
     */
    static Measured measure(Element body, boolean strict, int elements) {
        Measuring measuring = new Measuring(body, strict, true, elements);
        NodeTraversor.filter(measuring, body);
        return new Measured(measuring, body, strict, List.of());
    }

    /**
     * Measures the roots a site's template names, to read them: what {@code measure(body,
     * false)} measures of their elements, without walking the rest of the body (headers, menus,
     * sidebars) nor scoring candidates, as the content is known. What only the whole body tells
     * (its prose and links, a listing's root) is measured when first asked for.
     */
    public static Measured measureFor(Element body, List<Element> roots) {
        return measureFor(body, roots, SOME_ELEMENTS);
    }

    /**
     * Measures the roots a site's template names ({@link #measureFor(Element, List)}).
     *
     * @param elements how many elements the measure may meet (the page's number of elements):
     *     its maps are made that large at once
     */
    static Measured measureFor(Element body, List<Element> roots, int elements) {
        for (Element root : roots) {
            if (!measuredWithBody(body, root)) {
                return measure(body, false, elements);
            }
        }
        Measuring measuring = new Measuring(body, false, false, elements);
        for (Element root : roots) {
            NodeTraversor.filter(measuring, root);
        }
        return new Measured(measuring, body, false, List.copyOf(roots));
    }

    /**
     * Whether the measure of the whole body measures a root as a walk from it would: the root
     * stands under the body, and neither it nor an element between them is left out with its
     * content (by its tag, or hidden).
     */
    private static boolean measuredWithBody(Element body, Element root) {
        for (Element e = root; e != body; e = e.parent()) {
            if (e == null || is(kind(e.normalName()), SKIPPED_KIND) || hidden(attributesOf(e))) {
                return false;
            }
        }
        return true;
    }

    /** One walk over the tree that measures each element from the text under it. */
    private static final class Measuring implements NodeFilter {
        private final Element body;
        private final boolean strict;
        /** Whether paragraphs score their ancestors as candidates for the content. */
        private final boolean scoring;
        private final Names names = new Names();
        /** The counts of the text last read, reused from text to text. */
        private final TextCounts counts = new TextCounts();
        /**
         * The measurements by element, looked up by identity; listed in document order (a tie
         * between two candidates' scores goes to the first, on every run: an identity map's
         * order, which follows the identity hashes, made the same page read differently from
         * run to run).
         */
        final Map<Element, Stats> stats;
        final List<Stats> inOrder;
        /** The stats of the open elements by depth: a node's parent is the one above it. */
        private Stats[] open = new Stats[64];
        /** Elements measured already, by an earlier walk: taken as they are, not walked again. */
        private List<Element> measuredBefore = List.of();
        private Stats bodyStats;

        /**
         * @param elements how many elements the walks may measure: the maps are made that
         *     large at once, as growing the identity map re-reads the identity hash in the
         *     header of every element it holds (a cache miss each on a large page: a third of
         *     the listing page's measure)
         */
        Measuring(Element body, boolean strict, boolean scoring, int elements) {
            this.body = body;
            this.strict = strict;
            this.scoring = scoring;
            this.stats = new IdentityHashMap<>(Math.max(elements, SOME_ELEMENTS));
            // only scoring reads the order (roots(): a tie goes to the first); a template's
            // roots, measured without scoring, are never scored from these measurements
            this.inOrder = scoring ? new ArrayList<>(Math.max(elements, SOME_ELEMENTS))
                    : List.of();
        }

        /** Returns the body's measurements, once it has been walked. */
        Stats bodyStats() {
            return bodyStats;
        }

        /**
         * Walks the body around elements measured before, adding up theirs as they are; keeps
         * the measurements only of the elements that hold headline links, which a listing's
         * root is found by (the text is read from the elements measured before).
         */
        void measureAround(List<Element> measured) {
            measuredBefore = measured;
            NodeTraversor.filter(this, body);
        }

        private boolean isMeasuredBefore(Element e) {
            for (Element m : measuredBefore) {
                if (m == e) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                measureText(open[depth - 1], text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                if (depth == open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                }
                if (!measuredBefore.isEmpty() && isMeasuredBefore(e)) {
                    Stats s = stats.get(e);
                    addToParent(s, depth);
                    return FilterResult.SKIP_ENTIRELY; // its tail is not visited
                }
                String tag = e.normalName();
                int kind = kind(tag);
                Attributes attributes = attributesOf(e);
                if (e != body && (is(kind, SKIPPED_KIND) || hidden(attributes)
                        || strict && names.unlikely(tag, attributes))) {
                    open[depth] = null;
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stats s = new Stats(e, kind);
                open[depth] = s;
                if (measuredBefore.isEmpty()) {
                    stats.put(e, s);
                    if (scoring) {
                        inOrder.add(s);
                    }
                }
                if (e == body) {
                    bodyStats = s;
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Adds a text's visible characters, words and commas to its element's measurements. */
        private void measureText(Stats s, String t) {
            counts.count(t);
            if (counts.visible > 0) {
                s.chars += counts.visible;
                s.inlineChars += counts.visible;
                s.commas += counts.commas;
                s.words += counts.words;
                s.tail = lastChars(s.tail, t);
            }
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            Stats s = open[depth];
            if (s == null || s.element != e) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            int kind = s.kind;
            if (tag.equals("a")) {
                s.linkChars = s.chars;
                if (s.chars >= 20 && s.words >= 4) {
                    s.linkItems++;
                }
            }
            if (!measuredBefore.isEmpty() && s.linkItems > 0) {
                stats.put(e, s); // walking around measured roots: kept for listingRoot()
            }

            // a paragraph element, or a block holding a paragraph's worth of loose text
            boolean paragraph = is(kind, PARAGRAPH_KIND);
            boolean looseText = !paragraph && is(kind, BLOCK_KIND)
                    && s.inlineChars >= MIN_PARAGRAPH;
            if (paragraph && s.chars >= MIN_PARAGRAPH || looseText) {
                int length = paragraph ? s.chars : s.inlineChars;
                double linkDensity = s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
                if (linkDensity < 0.5 && scoring) {
                    score(tag, paragraph, length, depth, s);
                }
                if (length >= 80 && linkDensity < 0.3 && Lines.endsSentence(s.tail)) {
                    s.proseChars += length;
                }
            }
            addToParent(s, depth);
            return FilterResult.CONTINUE;
        }

        /** Adds a measured element's measurements to its parent's, the open element above it. */
        private void addToParent(Stats s, int depth) {
            if (depth == 0) {
                return; // the walk's root
            }
            Stats p = open[depth - 1];
            p.chars += s.chars;
            p.linkChars += s.linkChars;
            p.commas += s.commas;
            p.proseChars += s.proseChars;
            p.linkItems += s.linkItems;
            p.words += s.words;
            if (!s.tail.isEmpty()) {
                p.tail = s.tail;
            }
            if (!is(s.kind, BLOCK_KIND)) {
                p.inlineChars += s.inlineChars;
            }
        }

        /**
         * Adds a paragraph's score to its owner (the paragraph's parent, or the block itself)
         * and up to two of the owner's ancestors, never above the body (depth 0).
         */
        private void score(String tag, boolean paragraph, int length, int depth, Stats s) {
            double score = 1 + s.commas + Math.min(length / 100, 3);
            if (tag.startsWith("h") || tag.equals("li")) {
                score /= 2; // headings and list items are content, but thinner
            }
            int owner = paragraph ? depth - 1 : depth;
            for (int level = 0; owner >= 0 && level < 3; level++) {
                Stats o = open[owner];
                if (!o.candidate) {
                    o.candidate = true;
                    o.score += initialScore(o);
                }
                o.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                owner--;
            }
        }
    }

    /**
     * Returns the elements that hold the main content, in document order: the best-scoring
     * element and the siblings that read like more of it; the body when nothing scores.
     */
    public static List<Element> roots(Measured rootsOrWhole) {
        // a template's roots are measured without scoring candidates: the body is scored anew
        Measured measured = rootsOrWhole.roots.isEmpty() ? rootsOrWhole
                : measure(rootsOrWhole.body, rootsOrWhole.strict);
        Element top = null;
        double topScore = 0;
        List<Element> candidates = new ArrayList<>();
        for (Stats s : measured.inOrder) {
            if (!s.candidate) {
                continue;
            }
            double score = s.score * (1 - measured.linkDensity(s.element));
            s.score = score;
            candidates.add(s.element);
            if (score > topScore) {
                topScore = score;
                top = s.element;
            }
        }
        if (top == null) {
            return List.of(measured.body);
        }
        top = commonAncestorOfRivals(measured, top, topScore, candidates);
        // climb while the parent holds the content better: a wrapper around the text
        Element current = top;
        double currentScore = measured.of(top).score;
        while (current.parent() != null && current != measured.body) {
            Element parent = current.parent();
            Stats ps = measured.of(parent);
            if (ps.candidate && ps.score > currentScore
                    && measured.chars(current) * 10 > measured.chars(parent) * 8) {
                current = parent;
                currentScore = ps.score;
            } else {
                break;
            }
        }
        top = current;
        topScore = Math.max(measured.of(top).score, topScore);
        if (top == measured.body || top.parent() == null) {
            return List.of(top);
        }
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> siblings = top.parent().children();
        for (Element sibling : siblings) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            Stats s = measured.stats.get(sibling);
            if (s == null || s.chars == 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className())
                    ? topScore * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double density = measured.linkDensity(sibling);
                if (s.chars > 80 && density < 0.25
                        || s.chars > 0 && s.chars <= 80 && density == 0 && Lines.endsSentence(s.tail)) {
                    roots.add(sibling);
                }
            }
        }
        return withHeadingsBetween(roots, siblings);
    }

    /** Adds the headings that stand between the chosen siblings: they title the text around them. */
    private static List<Element> withHeadingsBetween(List<Element> roots, List<Element> siblings) {
        if (roots.size() < 2) {
            return roots;
        }
        int first = siblings.indexOf(roots.get(0));
        int last = siblings.indexOf(roots.get(roots.size() - 1));
        List<Element> all = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Element sibling = siblings.get(i);
            if (roots.contains(sibling) || HEADINGS.contains(sibling.normalName())) {
                all.add(sibling);
            }
        }
        return all;
    }

    /**
     * When three or more strong rivals of the best element share an ancestor with it, the content
     * is spread over them: the ancestor holds it all.
     */
    private static Element commonAncestorOfRivals(Measured measured, Element top, double topScore,
            List<Element> candidates) {
        List<Element> rivals = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && measured.of(c).score >= topScore * 0.75) {
                rivals.add(c);
            }
        }
        if (rivals.size() < 3) {
            return top;
        }
        Element ancestor = top.parent();
        while (ancestor != null && ancestor != measured.body) {
            int inside = 0;
            for (Element rival : rivals) {
                if (isAncestor(ancestor, rival)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return ancestor;
            }
            ancestor = ancestor.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the paragraphs of the main content under {@code body}: measured, scored, read; with
     * the unlikely-name filter relaxed when it leaves too little text.
     */
    public static List<String> paragraphs(Element body) {
        Measured measured = measure(body, true);
        List<String> paragraphs = paragraphs(measured, roots(measured));
        if (length(paragraphs) < MIN_RESULT) {
            Measured relaxed = measure(body, false);
            List<String> more = paragraphs(relaxed, roots(relaxed));
            if (length(more) > length(paragraphs)) {
                return more;
            }
        }
        return paragraphs;
    }

    /** Returns the paragraphs read from the given roots with the measured boilerplate left out. */
    public static List<String> paragraphs(Measured measured, List<Element> roots) {
        List<String> paragraphs = new ArrayList<>();
        for (Element root : roots) {
            paragraphs.addAll(HtmlText.paragraphs(root, e -> measured.skip(e, root)));
        }
        return paragraphs;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    /** Returns whether an element is hidden: {@code hidden}, {@code aria-hidden} or inline CSS. */
    public static boolean hidden(Element e) {
        return hidden(attributesOf(e));
    }

    /**
     * Returns an element's attributes, or {@code null} when it has none (asking jsoup for them
     * would make an empty set). jsoup's HTML parser keeps attribute names lower-case: they are
     * read by their exact names, without the case-insensitive search of {@link Element#attr}.
     */
    static Attributes attributesOf(Element e) {
        return e.attributesSize() == 0 ? null : e.attributes();
    }

    private static boolean hidden(Attributes attributes) {
        if (attributes == null) {
            return false;
        }
        if (attributes.hasKey("hidden")
                || attributes.get("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = attributes.get("style");
        return !style.isEmpty() && (containsSpaced(style, "display:none")
                || containsSpaced(style, "visibility:hidden"));
    }

    /**
     * Returns whether {@code text} holds {@code word} (lower case, no space) with spaces anywhere
     * in it and its letters in any case, as the text lower-cased with its spaces removed would
     * hold it: read in place, without those two copies of every styled element's style. Only
     * ASCII capitals are lower-cased: no other character lower-cases to a letter of the words
     * asked for (the Kelvin sign's "k" is in none of them; "İ" lower-cases to "i" and a combining
     * dot, which no word holds). Linear: a start scans at most the word's length in letters.
     */
    static boolean containsSpaced(String text, String word) {
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (text.charAt(start) == ' ') {
                continue;
            }
            int i = start;
            int k = 0;
            while (k < word.length() && i < n) {
                char c = text.charAt(i++);
                if (c != ' ') {
                    if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
                        break;
                    }
                    k++;
                }
            }
            if (k == word.length()) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Stats stats) {
        double score = switch (stats.element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        Attributes attributes = attributesOf(stats.element);
        return attributes == null ? score : score + Names.weight(attributes.get("class").trim())
                + Names.weight(attributes.get("id"));
    }

    /**
     * The most characters a tail keeps: {@link Lines#endsSentence} looks back from the end over
     * closing quotes and brackets only, never this many in text.
     */
    static final int MAX_TAIL = 64;

    /**
     * Returns the last few visible characters of {@code before} followed by {@code text}: the
     * last four of a text that has them, else the text after {@code before}, cut to its last
     * {@link #MAX_TAIL} characters (else a run of short texts, "a<br>b<br>c<br>...", would
     * make each tail a copy of the one before and longer: quadratic time).
     */
    static String lastChars(String before, String text) {
        // where text.stripTrailing() would end, without its copy (no white space is outside
        // the Basic Multilingual Plane, so a char at a time reads as code points would)
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return before;
        }
        if (end >= 4) {
            return text.substring(end - 4, end);
        }
        String tail = before + text.substring(0, end);
        return tail.length() > MAX_TAIL ? tail.substring(tail.length() - MAX_TAIL) : tail;
    }

    /**
     * Returns the keywords of an alternation of literal words ({@code "a|b|c"}), found as a
     * case-insensitive pattern of it finds them.
     */
    private static Keywords keywords(String alternation) {
        return Keywords.of(alternation.split("\\|"));
    }

    /**
     * Returns whether a class or id name holds the word "hid" between spaces or at its ends, as
     * {@code (?i)^hid$| hid$| hid |^hid } finds it: ASCII case ignored, and {@code $} also
     * before a line terminator that ends the name.
     */
    static boolean hasHidWord(String name) {
        int n = name.length();
        for (int at = 0; at + 3 <= n; at++) {
            if (isAscii(name.charAt(at), 'h') && isAscii(name.charAt(at + 1), 'i')
                    && isAscii(name.charAt(at + 2), 'd')
                    && (at == 0 || name.charAt(at - 1) == ' ')) {
                int end = at + 3;
                if (end < n && name.charAt(end) == ' ' || endsInput(name, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAscii(char c, char lower) {
        return c == lower || c == lower - ('a' - 'A');
    }

    /** Where a regular expression's {@code $} matches: the end, or a final line terminator. */
    private static boolean endsInput(String text, int i) {
        int left = text.length() - i;
        if (left == 0) {
            return true;
        }
        char c = text.charAt(i);
        if (left == 1) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return left == 2 && c == '\r' && text.charAt(i + 1) == '\n';
    }

    /**
     * The class and id names of a page, judged by one pass of an automaton over the names of
     * each element (the patterns' alternations of words, tried at every position, cost a page
     * more than its parse).
     *
     * <p>Not thread-safe: it remembers its last answers; one per walk or per page's measurements.
     */
    static final class Names {

        /** The pairs of class and id whose answers are remembered ({@link #unlikelyNames}). */
        private static final int MEMO = 16;

        private final String[] memoClasses = new String[MEMO];
        private final String[] memoIds = new String[MEMO];
        private final boolean[] memoAnswers = new boolean[MEMO];

        /** Whether an element with tag {@code tag} and these attributes is unlikely content. */
        boolean unlikely(String tag, Attributes attributes) {
            if (attributes == null) {
                return false; // no role, class or id
            }
            String role = attributes.get("role");
            if (!role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (tag.equals("body") || tag.equals("a") || tag.equals("html")
                    || tag.equals("main") || tag.equals("article")) {
                return false;
            }
            String cls = attributes.get("class").trim();
            String id = attributes.get("id");
            if (cls.isEmpty() && id.isEmpty()) {
                return false;
            }
            return unlikelyNames(cls, id);
        }

        /**
         * Whether a class and an id (not both empty) name unlikely content: an unlikely word
         * and no word that rescues it. The answers for the last few pairs are remembered, one
         * pair a slot keyed by their lengths and last characters: a page repeats the same class
         * on hundreds of elements (the cells of a table, the items of a list), and a repeat
         * then costs a comparison of strings, not the automata's reading of the names.
         */
        boolean unlikelyNames(String cls, String id) {
            int slot = memoSlot(cls, id);
            if (cls.equals(memoClasses[slot]) && id.equals(memoIds[slot])) {
                return memoAnswers[slot];
            }
            // the class and the id joined by a space, read without joining them
            boolean answer = found(UNLIKELY, cls, id) && !found(MAYBE, cls, id);
            memoClasses[slot] = cls;
            memoIds[slot] = id;
            memoAnswers[slot] = answer;
            return answer;
        }

        private static int memoSlot(String cls, String id) {
            int key = cls.length() * 31 + id.length();
            if (!cls.isEmpty()) {
                key = key * 31 + cls.charAt(cls.length() - 1);
            }
            if (!id.isEmpty()) {
                key = key * 31 + id.charAt(id.length() - 1);
            }
            return (key ^ key >>> 7) & (MEMO - 1);
        }

        private static boolean found(Keywords keywords, String cls, String id) {
            int state = keywords.read(Keywords.START, cls);
            if (!cls.isEmpty() && !id.isEmpty()) {
                state = keywords.read(state, " ");
            }
            return keywords.read(state, id) == Keywords.FOUND;
        }

        static int weight(String name) {
            if (name.isEmpty()) {
                return 0;
            }
            return (NEGATIVE.foundIn(name) || hasHidWord(name) ? -25 : 0)
                    + (POSITIVE.foundIn(name) ? 25 : 0);
        }
    }
}
