package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlPageReader;

/**
 * Reads any HTML page: the fallback when no parser recognises the site. The main text is found by
 * content scoring in the spirit of Readability and trafilatura (text and link density, runs of
 * paragraphs, {@code <article>} and {@code <main>}, class and id names of content and
 * boilerplate), with headings, list items and table rows kept as paragraphs; the title, date,
 * publisher, canonical address and language come from the page's metadata (JSON-LD, Open Graph,
 * article meta tags, {@code <time>}), its datelines and the table of issuer hosts; a repost is
 * unwrapped; a listing is marked {@link Page#noStatement()}.
 */
public final class GenericHtmlPageParser implements PageParser {

    /** Creates the parser; it holds no state. */
    public GenericHtmlPageParser() {}

    @Override
    public String id() {
        return "generic";
    }

    @Override
    public int fit(PageInput input) {
        return input.format() == Format.HTML ? GENERIC_FIT : NO_FIT;
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), HtmlPageReader.Template.GENERIC);
    }
}
