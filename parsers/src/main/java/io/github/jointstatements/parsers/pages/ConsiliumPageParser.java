package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the press releases and statements of the Council of the European Union and the
 * European Council ({@code consilium.europa.eu}): the headline in the page header
 * ({@code h1}), the date in the release header ({@code .council-flexify time}, {@code time}),
 * the text in {@code .council-left-content-basic}; the share bar, the "Visit the meeting page"
 * box and the related press releases leave the text.
 */
public final class ConsiliumPageParser implements PageParser {

    private static final List<String> DOMAINS = List.of("consilium.europa.eu");

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".council-left-content-basic", "main .col-md-9", "main")
            .title("h1", ".council-title")
            .date("time[datetime]", ".council-flexify time", ".date")
            .remove(".council-share", ".share-this", ".council-related", ".council-box-info")
            .publisher("Council of the European Union")
            .build();

    /** The class name the fit test looks for: indexed in every page's metadata. */
    private static final String COUNCIL_LEFT_CONTENT_BASIC =
            HtmlMetadata.indexedClass("council-left-content-basic");

    /** Creates the parser; it holds no state. */
    public ConsiliumPageParser() {}

    @Override
    public String id() {
        return "consilium-europa-eu";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> meta.hasClass(COUNCIL_LEFT_CONTENT_BASIC));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
