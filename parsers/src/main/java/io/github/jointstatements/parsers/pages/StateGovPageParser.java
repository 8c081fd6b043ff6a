package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the press statements, readouts and joint statements of the U.S. Department of State
 * ({@code state.gov}, a WordPress site): the headline in {@code h1.featured-content__headline},
 * the date in {@code p.article-meta__publish-date} beside the issuing office
 * ({@code .article-meta__author-bureau}), the text in {@code .entry-content}; the related tags and
 * share bar leave the text.
 */
public final class StateGovPageParser implements PageParser {

    private static final List<String> DOMAINS = List.of("state.gov");

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".entry-content", "article .post-content")
            .title("h1.featured-content__headline", "h1")
            .date(".article-meta__publish-date", "time[datetime]")
            .remove(".related-tags", ".article-meta", ".social-share", ".share-box")
            .publisher("U.S. Department of State")
            .build();

    /** The class name the fit test looks for: indexed in every page's metadata. */
    private static final String FEATURED_CONTENT_HEADLINE =
            HtmlMetadata.indexedClass("featured-content__headline");

    /** Creates the parser; it holds no state. */
    public StateGovPageParser() {}

    @Override
    public String id() {
        return "state-gov";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> meta.hasClass(FEATURED_CONTENT_HEADLINE));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
