package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the press releases and statements of the Ministry of Foreign Affairs of Japan
 * ({@code mofa.go.jp}, in English and Japanese): the text in {@code #maincontents} under its
 * {@code h1}, the date in a right-aligned line ({@code .rightalign}: "January 31, 2023",
 * "令和5年1月31日" is not read) at its head; the breadcrumbs, the page-top links and the
 * footer navigation leave the text.
 */
public final class MofaJapanPageParser implements PageParser {

    private static final List<String> DOMAINS = List.of("mofa.go.jp");

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content("#maincontents .main-cnt", "#maincontents")
            .title("#maincontents h1", ".title h1", "h1")
            .date("#maincontents .rightalign", ".rightalign")
            .remove("#breadcrumb", ".breadcrumb", ".pagetop", ".link-list", ".page-top")
            .publisher("Ministry of Foreign Affairs of Japan")
            .build();

    /** The class name the fit test looks for: indexed in every page's metadata. */
    private static final String RIGHTALIGN = HtmlMetadata.indexedClass("rightalign");

    /** Creates the parser; it holds no state. */
    public MofaJapanPageParser() {}

    @Override
    public String id() {
        return "mofa-go-jp";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> meta.hasId("maincontents") && meta.hasClass(RIGHTALIGN));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
