package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the press releases of the Ministry of Foreign Affairs of Malaysia ({@code kln.gov.my}), a
 * Liferay portal: the release in {@code .journal-content-article}, its headline repeated at the
 * top (centred, bold, often wrapped over two paragraphs) and its place and date at the bottom
 * ("PUTRAJAYA", "25 JANUARY 2022"); the headline is also the breadcrumb's last item. The index
 * of releases (a table of headline links and dates) is a listing.
 */
public final class MalaysiaMfaPageParser implements PageParser {

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".journal-content-article")
            .title(".breadcrumb li.active", ".breadcrumb li.last", ".header-title")
            .remove(".taglib-header", ".asset-metadata", ".taglib-social-bookmarks")
            .publisher("Ministry of Foreign Affairs of Malaysia")
            .build();

    private static final List<String> DOMAINS = List.of("kln.gov.my");

    /** Creates the parser; it holds no state. */
    public MalaysiaMfaPageParser() {}

    @Override
    public String id() {
        return "kln-gov-my";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> false);
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
