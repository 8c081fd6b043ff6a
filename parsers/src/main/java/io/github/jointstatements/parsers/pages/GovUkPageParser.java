package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the news, statements and readouts of GOV.UK (the publishing components of the UK
 * government): the text in the lead paragraph and {@code .gem-c-govspeak} ({@code .govspeak} on
 * older pages), the
 * headline in {@code .gem-c-title__text}, the first publication date in the
 * {@code govuk:first-published-at} meta tag or the metadata block
 * ({@code .gem-c-metadata__definition}), the last update ({@code govuk:public-updated-at})
 * kept apart.
 */
public final class GovUkPageParser implements PageParser {

    private static final List<String> DOMAINS = List.of("gov.uk");

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".gem-c-lead-paragraph, .gem-c-govspeak", ".govspeak",
                    "[data-module=govspeak]")
            .allContentMatches()
            .title(".gem-c-title__text", "h1.govuk-heading-xl", "h1")
            .date("meta[name=govuk:first-published-at]", ".gem-c-metadata__definition time",
                    ".gem-c-metadata__definition")
            .remove(".gem-c-contextual-sidebar", ".gem-c-share-links", ".gem-c-print-link")
            .publisher("UK Government")
            .build();

    /** The class name the fit test looks for: indexed in every page's metadata. */
    private static final String GEM_C_GOVSPEAK = HtmlMetadata.indexedClass("gem-c-govspeak");

    /** Creates the parser; it holds no state. */
    public GovUkPageParser() {}

    @Override
    public String id() {
        return "gov-uk";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> meta.hasClass(GEM_C_GOVSPEAK) || meta.meta("govuk:format").isPresent());
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
