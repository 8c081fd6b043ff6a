package org.example.consumer;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the pages of {@code bulletin.example.net}: a title, a date, paragraphs. */
public final class BulletinPageParser implements PageParser {

    /** Creates the parser. */
    public BulletinPageParser() {}

    @Override
    public String id() {
        return "bulletin";
    }

    @Override
    public int fit(PageInput input) {
        return input.format() == Format.HTML
                && input.host().filter("bulletin.example.net"::equals).isPresent()
                ? HOST_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        Document document = input.document(); // jsoup, read through joint-statements' module
        var page = Page.builder().source(Source.builder().url(input.url()).parser(id()).build());
        Element title = document.selectFirst("h1");
        if (title != null) {
            page.title(title.text());
        }
        document.select("main p").forEach(p -> page.addParagraph(p.text()));
        return page.noStatement(document.selectFirst("main ol.index") != null).build();
    }
}
