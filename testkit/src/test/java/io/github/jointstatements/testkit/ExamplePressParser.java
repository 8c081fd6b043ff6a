package io.github.jointstatements.testkit;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page parser of the kind users write, for pages of {@code press.example.org}. */
public final class ExamplePressParser implements PageParser {

    /** Creates the parser. */
    public ExamplePressParser() {}

    @Override
    public String id() {
        return "example-press";
    }

    @Override
    public int fit(PageInput input) {
        return input.format() == Format.HTML
                && input.host().filter("press.example.org"::equals).isPresent() ? HOST_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        Document document = input.document();
        var page = Page.builder()
                .source(Source.builder().url(input.url()).parser(id()).build());
        Element title = document.selectFirst("h1");
        if (title != null) {
            page.title(title.text());
        }
        for (Element paragraph : document.select("article p")) {
            page.addParagraph(paragraph.text());
        }
        return page.noStatement(document.selectFirst("ul.listing") != null).build();
    }
}
