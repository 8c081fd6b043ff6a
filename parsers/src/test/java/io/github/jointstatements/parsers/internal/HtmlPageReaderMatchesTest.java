package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A template's selectors find, through the page's index of class names and ids, what jsoup's own
 * {@code select} finds: the content of the first selector that matches anything, and by title
 * and date selector the first element it matches before every earlier selector's match. A
 * selector whose classes or ids the page never uses as written is not tried.
 */
class HtmlPageReaderMatchesTest {

    /** Selectors of the site templates, and some of every shape the reader reads. */
    private static final List<TestTemplate> TEMPLATES = List.of(
            new TestTemplate(true,
                    List.of(".post-body", ".entry-content", ".post-content", "[itemprop=articleBody]"),
                    List.of(".post-title", ".entry-title", "[itemprop=headline]"),
                    List.of(".date-header", "abbr.published", "time.published", ".post-timestamp")),
            new TestTemplate(false,
                    List.of("main section.content-page", "section.content-page"),
                    List.of("section.content-page > h1", "main h1"),
                    List.of("#maincontents .rightalign", ".rightalign")),
            new TestTemplate(true,
                    List.of(".gem-c-lead-paragraph, .gem-c-govspeak", ".govspeak", "article"),
                    List.of(".gem-c-title__text", "h1.govuk-heading-xl", "h1"),
                    List.of("meta[name=govuk:first-published-at]", "time[datetime]", ".date")),
            new TestTemplate(false,
                    List.of(".field-name-field-forall-body .field-items", "#content .body",
                            "article .body", "main"),
                    List.of(".pane-node-title h1", "h1.page-title", "H1.Title", "*.headline"),
                    List.of("#press_article_date_created", ".press-article-date", "time.posted-on",
                            "span.date:first-child", "li.active", "p.lead ~ p")),
            new TestTemplate(false,
                    List.of("div:has(p)", "#maincontents"),
                    List.of("#main h1", "#title", "h2"),
                    List.of("h2 + p", "p.caf\u00e9", "a")));

    /** Pages where the order of matches, case and markup tell the readings apart. */
    private static final List<String> PAGES = List.of(
            // a later selector matches before an earlier one in the document
            "<h1 class=entry-title>Later first</h1><div class=post-title>Earlier second</div>"
                    + "<h2 class=date-header>1 May</h2><abbr class=published>2020</abbr>",
            "<div class=entry-title>a</div><div class=post-title>b</div><div class=entry-title>c</div>"
                    + "<time class=published>t</time><span class=date-header>d</span>",
            // case: the name as written must be on the page; then any case matches
            "<div class=Post-Body>A</div><p class=post-body>B</p><div class='x POST-BODY'>C</div>",
            "<div class=POST-BODY>only another case</div><div class=entry-content>e</div>",
            "<h1 class=TITLE>t</h1><h1 class=title>u</h1><div class=Headline>h</div><i class=headline>i</i>",
            // names past printable ASCII
            "<div class='post-body caf\u00e9'>A</div><div class=post-body>B</div><p class=caf\u00e9>c</p>",
            "<div class='\u0131tem post-body'>A</div><span class='post-body\u001Cx'>B</span>",
            // all matches of the first content selector, none inside the one before it
            "<div class=post-body><div class=post-body>inner</div></div><div class=post-body>2</div>"
                    + "<div class=entry-content>e</div><div class=post-body><p>3</p></div>",
            // ids, tags, structure
            "<main><section class=content-page><h1>T</h1><p class=rightalign>d</p></section></main>"
                    + "<div id=maincontents><p class=rightalign>e</p><p>f</p></div>",
            "<div id=content><div class=body>b</div></div><article><div class=body>c</div></article>"
                    + "<h1 class='page-title'>x</h1><div id=press_article_date_created>1</div>",
            "<ul><li class=active>a</li><li class='active last'>b</li></ul><p class=lead>l</p><p>m</p>"
                    + "<span class=date>s</span><span><span class=date>t</span></span>",
            "<div id=main><h1>a</h1></div><div id=title>t</div><h2>h</h2><p>p</p><a href=x>a</a>"
                    + "<div id=maincontents>m</div>",
            "<meta name=govuk:first-published-at content=2020-01-01><time datetime=2020>t</time>"
                    + "<div class=gem-c-govspeak>g</div><div class=gem-c-lead-paragraph>l</div>",
            "<p>no template here</p>",
            // item properties: on elements with other attributes or alone, in any case
            "<p class=x itemprop=headline>h</p><div itemprop=ArticleBody>A</div><div itemprop>e</div>"
                    + "<span ITEMPROP=datePublished content=2020-01-01>d</span><i itemprop=name>n</i>");

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void finds_what_jsoup_s_select_finds(String name, Document document) {
        HtmlMetadata meta = HtmlMetadata.read(document);
        for (TestTemplate t : TEMPLATES) {
            HtmlPageReader.Template template = t.build();
            HtmlPageReader.Matches matches = HtmlPageReader.Matches.find(document, template, meta);
            template.forgetPage();

            assertThat(matches.content).as(name + ": content of " + t.content())
                    .containsExactlyElementsOf(selectedContent(document, meta, t));
            assertThat(matches.titles).as(name + ": titles of " + t.titles())
                    .containsExactly(selectedFirsts(document, meta, t.titles()));
            assertThat(matches.dates).as(name + ": dates of " + t.dates())
                    .containsExactly(selectedFirsts(document, meta, t.dates()));
        }
    }

    @Test
    void a_later_selector_counts_only_where_it_matches_before_an_earlier_one() {
        Document document = Jsoup.parse(PAGES.get(0));
        HtmlPageReader.Matches matches = HtmlPageReader.Matches.find(document,
                TEMPLATES.get(0).build(), HtmlMetadata.read(document));

        assertThat(matches.titles).extracting(e -> e == null ? null : e.text())
                .containsExactly("Earlier second", "Later first", null);
        assertThat(matches.dates).extracting(e -> e == null ? null : e.text())
                .containsExactly("1 May", null, null, null);
    }

    static Stream<Object[]> pages() throws IOException, URISyntaxException {
        List<Object[]> pages = new ArrayList<>();
        for (int i = 0; i < PAGES.size(); i++) {
            pages.add(new Object[] {"page " + i, Jsoup.parse(PAGES.get(i))});
        }
        Path resources = Path.of(HtmlPageReaderMatchesTest.class.getResource("/corpus").toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(new Object[] {resources.relativize(file).toString(),
                    Jsoup.parse(file.toFile(), null, "")});
            }
        }
        return pages.stream();
    }

    /** The content as jsoup's select reads it, in the reader's rule. */
    private static List<Element> selectedContent(Document document, HtmlMetadata meta,
            TestTemplate t) {
        for (String selector : t.content()) {
            if (!HtmlPageReader.Needs.of(selector).metBy(meta)) {
                continue;
            }
            List<Element> found = new ArrayList<>();
            for (Element e : document.select(selector)) {
                if (found.isEmpty() || !isInside(e, found.get(found.size() - 1))) {
                    found.add(e);
                }
            }
            if (!found.isEmpty()) {
                return t.allRoots() ? found : found.subList(0, 1);
            }
        }
        return List.of();
    }

    /** By selector, jsoup's first match, if it stands before every earlier selector's. */
    private static Element[] selectedFirsts(Document document, HtmlMetadata meta,
            List<String> selectors) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        for (Element e : document.getAllElements()) {
            order.put(e, order.size());
        }
        Element[] firsts = new Element[selectors.size()];
        int bound = Integer.MAX_VALUE;
        for (int i = 0; i < firsts.length; i++) {
            Element first = HtmlPageReader.Needs.of(selectors.get(i)).metBy(meta)
                    ? document.selectFirst(selectors.get(i)) : null;
            if (first != null && order.get(first) < bound) {
                firsts[i] = first;
                bound = order.get(first);
            }
        }
        return firsts;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private record TestTemplate(boolean allRoots, List<String> content, List<String> titles,
            List<String> dates) {

        HtmlPageReader.Template build() {
            HtmlPageReader.Template.Builder builder = HtmlPageReader.Template.builder()
                    .content(content.toArray(String[]::new))
                    .title(titles.toArray(String[]::new))
                    .date(dates.toArray(String[]::new));
            return (allRoots ? builder.allContentMatches() : builder).build();
        }
    }
}
