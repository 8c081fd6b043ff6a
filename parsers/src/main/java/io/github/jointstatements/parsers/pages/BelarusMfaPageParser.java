package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
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

    /** Creates the parser; it holds no state. */
    public BelarusMfaPageParser() {}

    @Override
    public String id() {
        return "mfa-gov-by";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS,
                meta -> meta.hasClass("bread-crumbs__list") && meta.hasClass("dipmiss"));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
