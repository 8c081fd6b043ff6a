package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.ImmutablePage;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlText;
import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads posts of Blogger blogs ({@code *.blogspot.com} and custom domains whose generator is
 * Blogger): the post body ({@code .post-body}, {@code .entry-content}), the post title
 * ({@code .post-title}) and the date header ({@code .date-header}), which is the post's own date.
 */
public final class BloggerPageParser implements PageParser {

    /** Creates the parser; it holds no state. */
    public BloggerPageParser() {}

    @Override
    public String id() {
        return "blogger";
    }

    @Override
    public int fit(PageInput input) {
        if (input.format() != Format.HTML) {
            return NO_FIT;
        }
        if (input.host().filter(h -> h.endsWith(".blogspot.com") || h.contains(".blogspot."))
                .isPresent()) {
            return HOST_FIT;
        }
        Document document = input.document();
        Optional<String> generator = HtmlMetadata.meta(document, "generator");
        if (generator.filter(g -> g.toLowerCase(Locale.ROOT).contains("blogger")).isPresent()) {
            return MARKUP_FIT;
        }
        return NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        Document document = input.document();
        Element body = document.selectFirst(".post-body, .entry-content, .post-content");
        List<String> paragraphs = body == null ? List.of() : HtmlText.paragraphs(body);

        Element titleElement = document.selectFirst(".post-title, .entry-title");
        Optional<String> title = Optional.ofNullable(titleElement).map(Element::text)
                .map(Lines::collapse).filter(t -> !t.isEmpty())
                .or(() -> HtmlMetadata.title(document));

        Element dateHeader = document.selectFirst(".date-header");
        Optional<LocalDate> published = Optional.ofNullable(dateHeader).map(Element::text)
                .flatMap(PageDates::parse)
                .or(() -> HtmlMetadata.publishedDate(document));

        ImmutablePage.Builder page = Page.builder()
                .source(Source.builder().url(input.url())
                        .canonicalUrl(HtmlMetadata.canonicalUrl(document))
                        .siteName(HtmlMetadata.siteName(document))
                        .publishedOn(published)
                        .parser(id()).build())
                .title(title)
                .date(published)
                .language(HtmlMetadata.language(document))
                .addAllParagraphs(paragraphs);
        return page.build();
    }
}
