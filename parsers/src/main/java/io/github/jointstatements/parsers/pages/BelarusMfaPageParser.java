package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the press pages of the Ministry of Foreign Affairs of Belarus ({@code mfa.gov.by}),
 * served in windows-1251: the statement in {@code main section.content-page} under its
 * {@code h1}, its date in a right-aligned paragraph at the end (or in the headline, "(May 15,
 * 2020)"); the breadcrumbs, the missions selector and the video block around it leave the text.
 * An index ({@code section.content-page-without_style}: statements as headline links) is a
 * listing.
 */
public final class BelarusMfaPageParser implements PageParser {

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content("main section.content-page", "section.content-page")
            .title("section.content-page > h1", "main h1")
            .remove(".bread-crumbs", ".content-submenu__nav", ".dipmiss", ".tabs__nav")
            .publisher("Ministry of Foreign Affairs of the Republic of Belarus")
            .build();

    private static final List<String> DOMAINS = List.of("mfa.gov.by");

    /** The class names the fit test looks for: indexed in every page's metadata. */
    private static final String BREAD_CRUMBS_LIST = HtmlMetadata.indexedClass("bread-crumbs__list");
    private static final String DIPMISS = HtmlMetadata.indexedClass("dipmiss");

    /** Creates the parser; it holds no state. */
    public BelarusMfaPageParser() {}

    @Override
    public String id() {
        return "mfa-gov-by";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS,
                meta -> meta.hasClass(BREAD_CRUMBS_LIST) && meta.hasClass(DIPMISS));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
