package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the news releases, readouts and statements of the U.S. Department of Defense
 * ({@code defense.gov}, and {@code war.gov} where it now publishes): a DNN site whose article
 * module holds the headline in {@code h1.maintitle}, the date in the article header
 * ({@code .date}, {@code time}) and the text in {@code .adetail .body}; what its markup does not
 * give, the generic reading does (the text by content scoring, the date from
 * {@code article:published_time}).
 */
public final class DefenseGovPageParser implements PageParser {

    private static final List<String> DOMAINS = List.of("defense.gov", "war.gov");

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".adetail .body", ".article-body", ".adetail")
            .title("h1.maintitle", ".adetail h1", "h1")
            .date(".adetail .date", ".article-header time", "time[datetime]")
            .remove(".share-wrap", ".social-share", ".media-inline", ".adetail .date",
                    "h1.maintitle", ".tags", ".related")
            .publisher("U.S. Department of Defense")
            .build();

    /** The class names the fit test looks for: indexed in every page's metadata. */
    private static final String ADETAIL = HtmlMetadata.indexedClass("adetail");
    private static final String MAINTITLE = HtmlMetadata.indexedClass("maintitle");

    /** Creates the parser; it holds no state. */
    public DefenseGovPageParser() {}

    @Override
    public String id() {
        return "defense-gov";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> meta.hasClass(ADETAIL) && meta.hasClass(MAINTITLE));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
