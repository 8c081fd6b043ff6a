package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlText;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.Publishers;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads any HTML page: the fallback when no parser recognises the site. It takes the page's main
 * container ({@code <article>}, {@code <main>}, the body) without navigation, headers, footers
 * and asides, and the metadata the page declares.
 */
public final class GenericHtmlPageParser implements PageParser {

    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside",
            "form");

    /** Creates the parser; it holds no state. */
    public GenericHtmlPageParser() {}

    @Override
    public String id() {
        return "generic";
    }

    @Override
    public int fit(PageInput input) {
        return input.format() == Format.HTML ? GENERIC_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        Document document = input.document();
        Element main = document.selectFirst("article, main, [role=main]");
        if (main == null) {
            main = document.body();
        }
        Element h1 = main.selectFirst("h1");
        Optional<String> title = Optional.ofNullable(h1).map(Element::text).map(Lines::collapse)
                .filter(t -> !t.isEmpty()).or(() -> HtmlMetadata.title(document));
        Optional<String> publisher = HtmlMetadata.siteName(document)
                .or(() -> input.host().flatMap(Publishers::forHost));
        return Page.builder()
                .title(title)
                .date(HtmlMetadata.publishedDate(document))
                .publisher(input.host().flatMap(Publishers::forHost).or(() -> publisher))
                .language(HtmlMetadata.language(document))
                .source(Source.builder().url(input.url())
                        .canonicalUrl(HtmlMetadata.canonicalUrl(document))
                        .siteName(HtmlMetadata.siteName(document))
                        .publishedOn(HtmlMetadata.publishedDate(document))
                        .parser(id()).build())
                .addAllParagraphs(HtmlText.paragraphs(main,
                        e -> CHROME_TAGS.contains(e.normalName())))
                .build();
    }
}
