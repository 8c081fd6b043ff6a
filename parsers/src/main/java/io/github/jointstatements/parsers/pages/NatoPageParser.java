package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the news, press releases and official texts of NATO ({@code nato.int}, the
 * {@code /cps/en/natohq/} pages): the headline in the page header ({@code h1}), the date in
 * {@code .date} or {@code time}, the text in the article body ({@code .content-text},
 * {@code .body}, {@code article}); media galleries, related links and the share bar leave the
 * text. The text is otherwise found by content scoring.
 */
public final class NatoPageParser implements PageParser {

    private static final List<String> DOMAINS = List.of("nato.int");

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".content-text", "article .body", "#content .body", "article")
            .title(".content-hero__title", "h1")
            .date(".content-hero__date", ".date", "time[datetime]")
            .remove(".related", ".media-gallery", ".share", ".social-share", ".tags")
            .publisher("North Atlantic Treaty Organization")
            .build();

    /** The class name the fit test looks for: indexed in every page's metadata. */
    private static final String CONTENT_HERO_TITLE =
            HtmlMetadata.indexedClass("content-hero__title");

    /** Creates the parser; it holds no state. */
    public NatoPageParser() {}

    @Override
    public String id() {
        return "nato-int";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> meta.hasClass(CONTENT_HERO_TITLE) || meta.hasId("nato-logo"));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
